using System.Collections;
using FluentValidation;
using FluentValidation.Validators;

namespace SupportDesk.Application.Common.Validation;

/// <summary>Refuses a list with more than <see cref="MaxItems"/> items (a missing list is left to NotEmpty/NotNull).</summary>
public sealed class MaxItemsValidator<T, TList>(int maxItems) : PropertyValidator<T, TList>, IMaxItemsValidator
    where TList : IEnumerable?
{
    public int MaxItems { get; } = maxItems;

    public override string Name => "MaxItemsValidator";

    public override bool IsValid(ValidationContext<T> context, TList value) =>
        value is null || value.Cast<object?>().Take(MaxItems + 1).Count() <= MaxItems;

    protected override string GetDefaultMessageTemplate(string errorCode) => $"'{{PropertyName}}' may hold at most {MaxItems} items.";
}
