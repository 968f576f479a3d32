using FluentValidation;
using SupportDesk.Application.Common.Validation;
using SupportDesk.Domain.Common;

namespace SupportDesk.Application.Orders.Commands.ImportOrder;

public sealed class ImportOrderLineValidator : AbstractValidator<ImportOrderLine>
{
    public ImportOrderLineValidator()
    {
        RuleFor(l => l.Sku).NotEmpty().MaximumLength(Limits.SkuLength).OneLine();
        RuleFor(l => l.ProductName).NotEmpty().MaximumLength(Limits.ProductNameLength).OneLine();
        RuleFor(l => l.Quantity).InclusiveBetween(1, Limits.MaxLineQuantity);
        RuleFor(l => l.UnitPrice).GreaterThanOrEqualTo(0).PrecisionScale(18, 2, ignoreTrailingZeros: true);
    }
}
