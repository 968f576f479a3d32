using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Tickets.Queries;

/// <summary>A ticket as lists show it: everything but the history.</summary>
public record TicketSummaryDto
{
    public Guid Id { get; init; }

    public string Number { get; init; } = string.Empty;

    public TicketStatus Status { get; init; }

    public Guid CustomerId { get; init; }

    public string CustomerName { get; init; } = string.Empty;

    public string CustomerEmail { get; init; } = string.Empty;

    public Guid OrderId { get; init; }

    public string OrderNumber { get; init; } = string.Empty;

    public Guid OrderLineId { get; init; }

    public string Sku { get; init; } = string.Empty;

    public string ProductName { get; init; } = string.Empty;

    public int Quantity { get; init; }

    public ReturnReason Reason { get; init; }

    public Guid? AssignedAgentId { get; init; }

    public string? AssignedAgentName { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime? AssignedAt { get; init; }

    public DateTime? ResolvedAt { get; init; }

    public ResolutionOutcome? Outcome { get; init; }

    public string Description { get; init; } = string.Empty;

    public string? ResolutionNote { get; init; }
}
