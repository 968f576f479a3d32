using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace SupportDesk.AdminPortal.Forms;

/// <summary>Gives a field's validation message the id its field points at with <c>aria-describedby</c>
/// (<see cref="InvalidFieldTagHelper"/>).</summary>
[HtmlTargetElement("span", Attributes = ForAttributeName)]
[HtmlTargetElement("div", Attributes = ForAttributeName)]
public sealed class FieldMessageTagHelper : TagHelper
{
    private const string ForAttributeName = "asp-validation-for";

    public override int Order => 100;

    [HtmlAttributeName(ForAttributeName)]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        if (!output.Attributes.ContainsName("id"))
        {
            output.Attributes.SetAttribute("id", FieldMessage.IdFor(TagBuilder.CreateSanitizedId(name, "_")));
        }
    }
}
