using AutoMapper;
using SupportDesk.Domain.Orders;

namespace SupportDesk.Application.Orders.Queries;

/// <summary>An order of the shop, with its lines.</summary>
public sealed record OrderDto
{
    /// <summary>The order id.</summary>
    public Guid Id { get; init; }

    /// <summary>The shop's order number, unique.</summary>
    public string Number { get; init; } = string.Empty;

    /// <summary>The customer who placed it.</summary>
    public Guid CustomerId { get; init; }

    /// <summary>When it was placed (UTC).</summary>
    public DateTime PlacedAt { get; init; }

    /// <summary>When the shop delivered it (UTC), if it said so; the return window counts from it, else from
    /// <c>placedAt</c>.</summary>
    public DateTime? DeliveredAt { get; init; }

    /// <summary>Its lines, by SKU.</summary>
    public IReadOnlyList<OrderLineDto> Lines { get; init; } = [];

    /// <summary>A copy of the entity, so AutoMapper maps it, in queries (ProjectTo) and commands (Map) alike; reads that
    /// shape their SQL are projected by hand instead (docs/decisions/0006-mapping-reads.md).</summary>
    private sealed class Mapping : Profile
    {
        public Mapping()
        {
            CreateMap<OrderLine, OrderLineDto>()
                .ForMember(d => d.ReturnableQuantity, o => o.MapFrom(s => s.Quantity - s.ClaimedQuantity))
                // Computed from the order and the configured policy after the read: OrderReadModel.WithReturnWindow.
                .ForMember(d => d.ReturnableUntil, o => o.Ignore());
            CreateMap<Order, OrderDto>()
                .ForMember(d => d.Lines, o => o.MapFrom(s => s.Lines.OrderBy(l => l.Sku)))
                .MaxDepth(2);
        }
    }
}
