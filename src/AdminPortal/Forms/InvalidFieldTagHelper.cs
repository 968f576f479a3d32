using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace SupportDesk.AdminPortal.Forms;

/// <summary>
/// A field the last submission got wrong says so to assistive technology: <c>aria-invalid="true"</c>, its message
/// linked with <c>aria-describedby</c> (the <see cref="FieldMessageTagHelper"/> gives the message its id) ahead of any
/// help text, and Bootstrap's <c>is-invalid</c> for the eye. Runs after the framework's tag helpers have set the id.
/// </summary>
[HtmlTargetElement("input", Attributes = ForAttributeName)]
[HtmlTargetElement("select", Attributes = ForAttributeName)]
[HtmlTargetElement("textarea", Attributes = ForAttributeName)]
public sealed class InvalidFieldTagHelper : TagHelper
{
    private const string ForAttributeName = "asp-for";

    // After InputTagHelper, SelectTagHelper and TextAreaTagHelper (Order -1000), which write the id and the value.
    public override int Order => 100;

    [HtmlAttributeName(ForAttributeName)]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        if (!FieldMessage.HasErrors(ViewContext, name))
        {
            return;
        }

        var id = output.Attributes.TryGetAttribute("id", out var given) ? given.Value?.ToString() : null;
        var messageId = FieldMessage.IdFor(string.IsNullOrEmpty(id) ? TagBuilder.CreateSanitizedId(name, "_") : id);
        var describedBy = output.Attributes.TryGetAttribute("aria-describedby", out var existing)
            ? $"{messageId} {existing.Value}"
            : messageId;
        output.Attributes.SetAttribute("aria-invalid", "true");
        output.Attributes.SetAttribute("aria-describedby", describedBy);
        output.AddClass("is-invalid", System.Text.Encodings.Web.HtmlEncoder.Default);
    }
}
