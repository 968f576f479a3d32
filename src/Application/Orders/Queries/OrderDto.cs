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

    /// <summary>Its lines, by SKU.</summary>
    public IReadOnlyList<OrderLineDto> Lines { get; init; } = [];

    private sealed class Mapping : Profile
    {
        public Mapping()
        {
            CreateMap<OrderLine, OrderLineDto>()
                .ForMember(d => d.ReturnableQuantity, o => o.MapFrom(s => s.Quantity - s.ClaimedQuantity));
            CreateMap<Order, OrderDto>()
                .ForMember(d => d.Lines, o => o.MapFrom(s => s.Lines.OrderBy(l => l.Sku)))
                .MaxDepth(2);
        }
    }
}
