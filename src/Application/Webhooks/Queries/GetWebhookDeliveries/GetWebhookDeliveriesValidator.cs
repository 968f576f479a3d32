using FluentValidation;
using SupportDesk.Application.Common.Validation;

namespace SupportDesk.Application.Webhooks.Queries.GetWebhookDeliveries;

public sealed class GetWebhookDeliveriesValidator : AbstractValidator<GetWebhookDeliveriesQuery>
{
    public GetWebhookDeliveriesValidator()
    {
        RuleFor(q => q.Id).NotEmpty();
        RuleFor(q => q.Status).IsInEnum();
        this.AddPagingRules();
    }
}
