using System.Collections;
using FluentValidation;

namespace SupportDesk.Application.Common.Validation;

public static class CollectionRules
{
    /// <summary>At most <paramref name="maxItems"/> items; stated in the OpenAPI document as <c>maxItems</c>.</summary>
    public static IRuleBuilderOptions<T, TList> MaxItems<T, TList>(this IRuleBuilder<T, TList> rule, int maxItems)
        where TList : IEnumerable? =>
        rule.SetValidator(new MaxItemsValidator<T, TList>(maxItems));
}
