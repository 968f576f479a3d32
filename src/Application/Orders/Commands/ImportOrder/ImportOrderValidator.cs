using FluentValidation;
using SupportDesk.Application.Common.Validation;
using SupportDesk.Domain.Common;

namespace SupportDesk.Application.Orders.Commands.ImportOrder;

public sealed class ImportOrderValidator : AbstractValidator<ImportOrderCommand>
{
    public ImportOrderValidator(TimeProvider clock)
    {
        RuleFor(c => c.Number).NotEmpty().MaximumLength(Limits.OrderNumberLength);
        RuleFor(c => c.CustomerEmail).ValidEmail();
        RuleFor(c => c.CustomerFullName).MaximumLength(Limits.NameLength);
        RuleFor(c => c.PlacedAt)
            .NotEmpty()
            .Must(at => at.ToUniversalTime() <= clock.GetUtcNow().UtcDateTime.AddMinutes(5))
            .WithMessage("An order cannot be placed in the future.");
        RuleFor(c => c.Lines).NotEmpty().Must(l => l.Count <= Limits.MaxOrderLines)
            .WithMessage($"An order has at most {Limits.MaxOrderLines} lines.");
        RuleFor(c => c.Lines)
            .Must(lines => lines.Select(l => l.Sku?.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() == lines.Count)
            .When(c => c.Lines is { Count: > 0 } && c.Lines.All(l => l is not null))
            .WithMessage("Each SKU appears on one line of an order.");
        // JSON can carry "lines": [null]: the serializer does not check the nullability of list elements.
        RuleForEach(c => c.Lines).NotNull().WithMessage("A line cannot be null.");
        RuleForEach(c => c.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.Sku).NotEmpty().MaximumLength(Limits.SkuLength);
            line.RuleFor(l => l.ProductName).NotEmpty().MaximumLength(Limits.ProductNameLength);
            line.RuleFor(l => l.Quantity).InclusiveBetween(1, Limits.MaxLineQuantity);
            line.RuleFor(l => l.UnitPrice).GreaterThanOrEqualTo(0).PrecisionScale(18, 2, ignoreTrailingZeros: true);
        });
    }
}
