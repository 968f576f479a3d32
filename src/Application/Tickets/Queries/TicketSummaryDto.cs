using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Tickets.Queries;

/// <summary>A ticket as lists show it: everything but the history.</summary>
public record TicketSummaryDto
{
    /// <summary>The ticket id.</summary>
    public Guid Id { get; init; }

    /// <summary>The ticket's number for people (T-...), unique.</summary>
    public string Number { get; init; } = string.Empty;

    /// <summary>Open (waiting in the queue), InProgress (an agent holds it) or Resolved.</summary>
    public TicketStatus Status { get; init; }

    /// <summary>High, Normal or Low: from the return reason when opened (<c>Returns:PriorityByReason</c>), changed by
    /// a manager. The queue serves the highest first, a waiting ticket counting one level higher per
    /// <c>Assignment:PromoteAfterMinutes</c> it has waited.</summary>
    public TicketPriority Priority { get; init; }

    /// <summary>The customer who opened it.</summary>
    public Guid CustomerId { get; init; }

    /// <summary>That customer's name.</summary>
    public string CustomerName { get; init; } = string.Empty;

    /// <summary>That customer's email.</summary>
    public string CustomerEmail { get; init; } = string.Empty;

    /// <summary>The order returned from.</summary>
    public Guid OrderId { get; init; }

    /// <summary>That order's number.</summary>
    public string OrderNumber { get; init; } = string.Empty;

    /// <summary>The order line returned from.</summary>
    public Guid OrderLineId { get; init; }

    /// <summary>The SKU of that line.</summary>
    public string Sku { get; init; } = string.Empty;

    /// <summary>The product of that line.</summary>
    public string ProductName { get; init; } = string.Empty;

    /// <summary>How many items are returned.</summary>
    public int Quantity { get; init; }

    /// <summary>Why the customer returns them.</summary>
    public ReturnReason Reason { get; init; }

    /// <summary>The agent holding or who resolved the ticket; null while it waits.</summary>
    public Guid? AssignedAgentId { get; init; }

    /// <summary>That agent's name, or null.</summary>
    public string? AssignedAgentName { get; init; }

    /// <summary>When it was opened (UTC).</summary>
    public DateTime CreatedAt { get; init; }

    /// <summary>When an agent took it (UTC), or null.</summary>
    public DateTime? AssignedAt { get; init; }

    /// <summary>When it was resolved (UTC), or null.</summary>
    public DateTime? ResolvedAt { get; init; }

    /// <summary>Refund, Replacement, StoreCredit or Rejected once resolved; null before.</summary>
    public ResolutionOutcome? Outcome { get; init; }

    /// <summary>What the customer wrote when opening it.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>What the agent wrote when resolving it, for the customer; null before.</summary>
    public string? ResolutionNote { get; init; }

    /// <summary>How many messages the conversation with the customer holds; internal notes are not counted.</summary>
    public int MessageCount { get; init; }

    /// <summary>When the last of those messages was written (UTC), or null.</summary>
    public DateTime? LastMessageAt { get; init; }
}
