using FluentValidation;
using SupportDesk.Application.Common.Validation;
using SupportDesk.Domain.Common;
using SupportDesk.Domain.Orders;

namespace SupportDesk.Application.Orders.Commands.ImportOrder;

public sealed class ImportOrderValidator : AbstractValidator<ImportOrderCommand>
{
    public ImportOrderValidator(TimeProvider clock)
    {
        RuleFor(c => c.Number).NotEmpty().MaximumLength(Limits.OrderNumberLength).OneLine();
        RuleFor(c => c.CustomerEmail).ValidEmail();
        RuleFor(c => c.CustomerFullName).MaximumLength(Limits.NameLength).OneLine();
        RuleFor(c => c.PlacedAt)
            .NotEmpty()
            .Must(at => at.ToUniversalTime() <= clock.GetUtcNow().UtcDateTime + Order.ClockTolerance)
            .WithMessage("An order cannot be placed in the future.");
        RuleFor(c => c.DeliveredAt)
            .Must(at => at!.Value.ToUniversalTime() <= clock.GetUtcNow().UtcDateTime + Order.ClockTolerance)
            .WithMessage("An order cannot be delivered in the future.")
            .Must((c, at) => at!.Value.ToUniversalTime() >= c.PlacedAt.ToUniversalTime())
            .WithMessage("An order cannot be delivered before it was placed.")
            .When(c => c.DeliveredAt is not null);
        RuleFor(c => c.Lines).Cascade(CascadeMode.Stop)
            .NotEmpty()
            .MaxItems(Limits.MaxOrderLines).WithMessage($"An order has at most {Limits.MaxOrderLines} lines.")
            .Must(lines => lines.All(l => l is not null)).WithMessage("A line cannot be null.")
            .Must(lines => lines.Select(l => l.Sku?.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() == lines.Count)
            .WithMessage("Each SKU appears on one line of an order.");
        RuleForEach(c => c.Lines).NotNull().SetValidator(new ImportOrderLineValidator());
    }
}
