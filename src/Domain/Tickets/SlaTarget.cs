namespace SupportDesk.Domain.Tickets;

/// <summary>The two service-level targets of a ticket (<see cref="ServiceLevelPolicy"/>).</summary>
public enum SlaTarget
{
    Assignment,
    Resolution,
}
