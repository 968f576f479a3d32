using FluentValidation;
using SupportDesk.Domain.Orders;

namespace SupportDesk.Application.Orders.Commands.UpdateOrderDelivery;

public sealed class UpdateOrderDeliveryValidator : AbstractValidator<UpdateOrderDeliveryCommand>
{
    public UpdateOrderDeliveryValidator(TimeProvider clock)
    {
        RuleFor(c => c.Id).NotEmpty();
        // Shape only; "not before the order was placed" needs the order and is the domain's rule (409 order.invalid).
        RuleFor(c => c.DeliveredAt).Cascade(CascadeMode.Stop)
            .NotEmpty()
            .Must(at => at.ToUniversalTime() <= clock.GetUtcNow().UtcDateTime + Order.ClockTolerance)
            .WithMessage("An order cannot be delivered in the future.");
    }
}
