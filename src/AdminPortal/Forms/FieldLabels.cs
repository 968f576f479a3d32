using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace SupportDesk.AdminPortal.Forms;

/// <summary>
/// Puts the words of a form's labels into the use cases' validation messages: the validators name a field after
/// the request's property ("'Password' must not be empty."), the person reads the label beside it ("Initial
/// password"). The label is the form's <c>[Display(Name)]</c>, found on the action's parameters (the form itself, or a
/// view model holding it under the prefix the form's fields carry).
/// </summary>
public sealed class FieldLabels(IModelMetadataProvider metadata, IEnumerable<Type> forms)
{
    private readonly IReadOnlyList<Type> _forms = forms.Where(t => t.IsClass && t != typeof(string)).ToList();

    /// <param name="message">The validator's message.</param>
    /// <param name="property">The request's property the message is about, as the validator named it.</param>
    /// <param name="field">The form's field (with its prefix) the message is shown at.</param>
    public string Reword(string message, string property, string field)
    {
        var label = LabelOf(field);
        if (label is null)
        {
            return message;
        }

        // FluentValidation's default display name (the property's name split into words), quoted in its messages.
        var spoken = $"'{System.Text.RegularExpressions.Regex.Replace(property, "(?<=[a-z0-9])(?=[A-Z])", " ")}'";
        return message.Contains(spoken, StringComparison.Ordinal)
            ? message.Replace(spoken, $"'{label}'", StringComparison.Ordinal)
            : message;
    }

    private string? LabelOf(string field)
    {
        var path = field.Split('.');
        foreach (var form in _forms)
        {
            var property = metadata.GetMetadataForType(form);
            foreach (var name in path)
            {
                property = property?.Properties[name];
            }

            if (property?.DisplayName is { Length: > 0 } label)
            {
                return label;
            }
        }

        return null;
    }
}
