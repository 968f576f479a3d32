using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Orders.Queries;

/// <summary>What the order read model adds to the mapped columns: each line's return window, which depends on the
/// configured <see cref="ReturnPolicy"/> and is computed by the domain, not by SQL.</summary>
public static class OrderReadModel
{
    /// <summary>The order with each line's <see cref="OrderLineDto.ReturnableUntil"/> under the default window.</summary>
    public static OrderDto WithReturnWindow(this OrderDto order, ReturnPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(policy);
        var until = policy.ReturnableUntil(ReturnPolicy.WindowStart(order.PlacedAt, order.DeliveredAt));
        return order with { Lines = [.. order.Lines.Select(l => l with { ReturnableUntil = l.Returnable ? until : null })] };
    }

    /// <summary>Each order of the page with its return windows.</summary>
    public static Common.Models.PagedList<OrderDto> WithReturnWindow(this Common.Models.PagedList<OrderDto> page,
        ReturnPolicy policy) => page with { Items = [.. page.Items.Select(o => o.WithReturnWindow(policy))] };
}
