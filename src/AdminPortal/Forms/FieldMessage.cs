using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace SupportDesk.AdminPortal.Forms;

/// <summary>The link between a field and its validation message: the message's id, and whether there is one to show.</summary>
public static class FieldMessage
{
    public static string IdFor(string fieldId) => $"{fieldId}-error";

    public static bool HasErrors(ViewContext view, string fieldName) =>
        view.ViewData.ModelState.TryGetValue(fieldName, out var entry) && entry is { ValidationState: ModelValidationState.Invalid, Errors.Count: > 0 };
}
