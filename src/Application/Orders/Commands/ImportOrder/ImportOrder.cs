using AutoMapper;
using SupportDesk.Application.Common.Models;
using SupportDesk.Application.Orders.Queries;
using SupportDesk.Domain.Customers;
using SupportDesk.Domain.Orders;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Orders.Commands.ImportOrder;

/// <summary>
/// The shop pushes an order. The customer is found by email; an unknown email creates the customer without an
/// account (named <c>customerFullName</c>, or after the email), which registering later links.
/// </summary>
/// <param name="Number">The shop's order number; importing the same number again is a 409.</param>
/// <param name="CustomerEmail">The email of the customer who placed it.</param>
/// <param name="PlacedAt">When it was placed (UTC), not in the future.</param>
/// <param name="Lines">Its lines: at least one.</param>
/// <param name="CustomerFullName">The customer's name, used only when the email is new to the desk.</param>
/// <param name="DeliveredAt">When it was delivered (UTC), if known: not before <c>placedAt</c>, not in the future. The
/// return window counts from it, else from <c>placedAt</c>; <c>PUT /api/orders/{id}/delivery</c> sets it later.</param>
[Authorize(Roles = $"{Roles.Manager},{Roles.Integration}")]
public sealed record ImportOrderCommand(
    string Number,
    string CustomerEmail,
    DateTime PlacedAt,
    IReadOnlyList<ImportOrderLine> Lines,
    string? CustomerFullName = null,
    DateTime? DeliveredAt = null) : IRequest<OrderDto>;

/// <summary>A line of an imported order.</summary>
/// <param name="Sku">The product's SKU.</param>
/// <param name="ProductName">The product's name.</param>
/// <param name="Quantity">How many were ordered.</param>
/// <param name="UnitPrice">The price of one, with at most two decimals.</param>
/// <param name="Returnable">False for a final sale, which no ticket can return; true when omitted.</param>
public sealed record ImportOrderLine(string Sku, string ProductName, int Quantity, decimal UnitPrice, bool Returnable = true);

public sealed class ImportOrderHandler(IApplicationDbContext db, TimeProvider clock, IMapper mapper, ReturnPolicy policy)
    : IRequestHandler<ImportOrderCommand, OrderDto>
{
    public async Task<OrderDto> Handle(ImportOrderCommand request, CancellationToken cancellationToken)
    {
        var number = request.Number.Trim();
        var email = request.CustomerEmail.Trim().ToLowerInvariant();
        for (var attempt = 1; ; attempt++)
        {
            if (await db.Orders.AnyAsync(o => o.Number == number, cancellationToken))
            {
                throw Conflicts.DuplicateOrderNumber(number);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var customer = await db.Customers.SingleOrDefaultAsync(c => c.Email == email, cancellationToken);
            if (customer is null)
            {
                customer = new Customer(request.CustomerFullName ?? email, email, userId: null, now);
                db.Customers.Add(customer);
            }

            // To the microsecond, as the database keeps it: the answer reads as the order read back later.
            var order = Order.Place(number, customer, StoredTime.Of(request.PlacedAt.ToUniversalTime()),
                request.Lines.Select(l => new NewOrderLine(l.Sku, l.ProductName, l.Quantity, l.UnitPrice, l.Returnable)), now,
                request.DeliveredAt is { } delivered ? StoredTime.Of(delivered.ToUniversalTime()) : null);
            db.Orders.Add(order);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return mapper.Map<OrderDto>(order).WithReturnWindow(policy);
            }
            catch (DbUpdateException) when (attempt == 1)
            {
                // A concurrent push won a unique index: the same order (answered as a duplicate on the next pass)
                // or a first order of the same new customer (who now exists and is reused on the next pass).
                db.DiscardChanges();
            }
        }
    }
}
