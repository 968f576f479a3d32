using System.Collections;
using FluentValidation;

namespace SupportDesk.Application.Common.Validation;

public static class CollectionRules
{
    /// <summary>At most <paramref name="maxItems"/> items; stated in the OpenAPI document as <c>maxItems</c>.</summary>
    public static IRuleBuilderOptions<T, TList> MaxItems<T, TList>(this IRuleBuilder<T, TList> rule, int maxItems)
        where TList : IEnumerable? =>
        rule.SetValidator(new MaxItemsValidator<T, TList>(maxItems));

    /// <summary>Files named by id (uploads to show with a ticket or a message): at most a ticket's worth, each once.</summary>
    public static void AttachmentIds<T>(this AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, IReadOnlyList<Guid>?>> ids)
    {
        validator.RuleFor(ids).MaxItems(Domain.Tickets.AttachmentRules.MaxPerTicket)
            .Must(list => list is null || list.Distinct().Count() == list.Count).WithMessage("Name each file once.")
            .ForEach(id => id.NotEmpty());
    }
}
