using FluentValidation;
using SupportDesk.Domain.Common;

namespace SupportDesk.Application.Common.Validation;

/// <summary>The validators' side of <see cref="PlainText"/>: bad characters are a 400 naming the field.</summary>
public static class TextRules
{
    /// <summary>Names, emails, order numbers, SKUs: no control or bidirectional-override characters.</summary>
    public static IRuleBuilderOptions<T, TText> OneLine<T, TText>(this IRuleBuilder<T, TText> rule)
        where TText : IEnumerable<char>? =>
        rule.Must(value => PlainText.IsOneLine(value as string))
            .WithMessage("'{PropertyName}' must not contain control or bidirectional-override characters.");

    /// <summary>Descriptions and notes: line breaks and tabs too, but no other control or bidirectional-override characters.</summary>
    public static IRuleBuilderOptions<T, TText> MultiLine<T, TText>(this IRuleBuilder<T, TText> rule)
        where TText : IEnumerable<char>? =>
        rule.Must(value => PlainText.IsText(value as string))
            .WithMessage("'{PropertyName}' must not contain control characters other than line breaks and tabs, nor bidirectional-override characters.");
}
