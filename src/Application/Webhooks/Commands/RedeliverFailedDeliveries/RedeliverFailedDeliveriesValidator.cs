using FluentValidation;
namespace SupportDesk.Application.Webhooks.Commands.RedeliverFailedDeliveries;

public sealed class RedeliverFailedDeliveriesValidator : AbstractValidator<RedeliverFailedDeliveriesCommand>
{
    public RedeliverFailedDeliveriesValidator()
    {
        RuleFor(c => c.Id).NotEmpty();
        RuleFor(c => c.Since).NotEmpty();
    }
}
