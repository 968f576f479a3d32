using System.Text.Json;
using SupportDesk.Application.Events;
using SupportDesk.Domain.Events;

namespace SupportDesk.Application.Live;

/// <summary>What a live page needs to know of one committed event: its place in the feed, its type, and whom it is
/// about (the ticket or agent it names, and the agent holding the ticket after the change).</summary>
public sealed record LiveEvent(long Position, string Type, Guid? TicketId, Guid? AgentId, Guid? AssignedAgentId)
{
    /// <summary>Reads an event row: the subject (<c>ticket:{id}</c>, <c>agent:{id}</c>) and, for a ticket, the
    /// <c>assignedAgentId</c> of its data.</summary>
    public static LiveEvent From(long position, string type, string? subject, string data)
    {
        var (kind, id) = ParseSubject(subject);
        return kind switch
        {
            IntegrationEventFactory.TicketSubject => new LiveEvent(position, type, id, null, AssignedAgentOf(data)),
            IntegrationEventFactory.AgentSubject => new LiveEvent(position, type, null, id, null),
            _ => new LiveEvent(position, type, null, null, null),
        };
    }

    public bool IsAboutTickets => TicketId is not null;

    public bool IsAboutAgents => AgentId is not null;

    private static (string? Kind, Guid? Id) ParseSubject(string? subject)
    {
        var colon = subject?.IndexOf(':') ?? -1;
        return colon > 0 && Guid.TryParse(subject.AsSpan(colon + 1), out var id) ? (subject![..colon], id) : (null, null);
    }

    private static Guid? AssignedAgentOf(string data)
    {
        using var document = JsonDocument.Parse(data);
        return document.RootElement.TryGetProperty("assignedAgentId", out var agent)
            && agent.ValueKind == JsonValueKind.String && agent.TryGetGuid(out var id) ? id : null;
    }

    /// <summary>Whether staff pages hear of it: ticket and agent events and the desk's own signals, not orders.</summary>
    public bool ConcernsTheDesk => IsAboutTickets || IsAboutAgents;

    internal bool IsMessage => Type is EventTypes.TicketMessageAdded or EventTypes.DeskNoteAdded;
}
