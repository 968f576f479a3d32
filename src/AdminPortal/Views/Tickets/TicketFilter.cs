using SupportDesk.Application.Common.Models;
using SupportDesk.Application.Tickets.Queries.GetTickets;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.AdminPortal.Views.Tickets;

/// <summary>The ticket list's filters, bound from the query string so that a filtered list can be bookmarked.</summary>
public sealed record TicketFilter
{
    public const int PageSize = Paging.DefaultPageSize;

    public static readonly TicketStatus[] ActiveStatuses = [TicketStatus.Open, TicketStatus.InProgress];

    public List<TicketStatus> Status { get; init; } = [];

    public List<TicketPriority> Priority { get; init; } = [];

    /// <summary>Only tickets with a service-level target missed.</summary>
    public bool Breached { get; init; }

    public Guid? AgentId { get; init; }

    public Guid? CustomerId { get; init; }

    /// <summary>Any part, in any case, of a ticket or order number, the customer's name or email, the product or its SKU.</summary>
    public string? Q { get; init; }

    /// <summary>First day of the range (UTC), inclusive.</summary>
    public DateOnly? CreatedFrom { get; init; }

    /// <summary>Last day of the range (UTC), inclusive.</summary>
    public DateOnly? CreatedTo { get; init; }

    public int Page { get; init; } = 1;

    public bool IsFiltered => Status.Count > 0 || Priority.Count > 0 || Breached || AgentId is not null || CustomerId is not null
                              || !string.IsNullOrWhiteSpace(Q) || CreatedFrom is not null || CreatedTo is not null;

    /// <summary>Set for agents: only waiting and in-progress tickets, whatever the address says, in queue order.</summary>
    public bool ActiveOnly { get; private init; }

    public TicketFilter ForAgents() => this with { Status = [.. Status.Intersect(ActiveStatuses)], ActiveOnly = true };

    public GetTicketsQuery ToQuery() => new()
    {
        Status = ActiveOnly && Status.Count == 0 ? ActiveStatuses : Status,
        Priority = Priority,
        Breached = Breached,
        OldestFirst = ActiveOnly,
        AgentId = AgentId,
        CustomerId = CustomerId,
        Q = Q,
        CreatedFrom = CreatedFrom?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        // The form's end day is inclusive; the query's end is exclusive.
        CreatedTo = CreatedTo?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        Page = Math.Max(1, Page),
        PageSize = PageSize,
    };
}
