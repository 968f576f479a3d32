using FluentValidation;
namespace SupportDesk.Application.Webhooks.Commands.RedeliverWebhookDelivery;

public sealed class RedeliverWebhookDeliveryValidator : AbstractValidator<RedeliverWebhookDeliveryCommand>
{
    public RedeliverWebhookDeliveryValidator()
    {
        RuleFor(c => c.Id).NotEmpty();
        RuleFor(c => c.DeliveryId).NotEmpty();
    }
}
