using SupportDesk.Domain.Tickets;

namespace SupportDesk.Domain.Agents;

/// <summary>
/// A support agent. Works on at most one ticket at a time (<see cref="CurrentTicketId"/>); the assignment policy
/// gives the oldest waiting ticket to the agent free for the longest time (<see cref="AvailableSince"/>).
/// Removed agents stay for the tickets' history but never sign in or take a ticket again.
/// </summary>
public sealed class Agent : Entity, IVersioned
{
    private Agent()
    {
        FullName = null!;
        Email = null!;
        UserId = null!;
    }

    public Agent(string fullName, string email, string userId, DateTime now)
    {
        FullName = Guard.NotBlank(fullName, AgentErrorCodes.Invalid, "Full name", Limits.NameLength);
        Email = Guard.Email(email, AgentErrorCodes.Invalid);
        UserId = Guard.NotBlank(userId, AgentErrorCodes.Invalid, "Account", 450);
        Availability = AgentAvailability.Available;
        CreatedAt = Guard.Utc(now);
        AvailableSince = now;
        Raise(new AgentChanged(Id, AgentChange.Created));
    }

    public string FullName { get; private set; }

    public string Email { get; private set; }

    public string UserId { get; private set; }

    public AgentAvailability Availability { get; private set; }

    /// <summary>When the agent last became free to take a ticket (created, resolved one, came back).</summary>
    public DateTime AvailableSince { get; private set; }

    public Guid? CurrentTicketId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? RemovedAt { get; private set; }

    public int Version { get; private set; }

    public bool IsRemoved => RemovedAt is not null;

    public AgentStatus Status => this switch
    {
        { IsRemoved: true } => AgentStatus.Removed,
        { CurrentTicketId: not null } => AgentStatus.Busy,
        { Availability: AgentAvailability.Away } => AgentStatus.Away,
        _ => AgentStatus.Available,
    };

    /// <summary>Rule 3: only available, not removed agents without a ticket take one.</summary>
    public bool CanTakeTicket => !IsRemoved && Availability == AgentAvailability.Available && CurrentTicketId is null;

    public void UpdateDetails(string fullName, string email)
    {
        EnsureNotRemoved();
        var name = Guard.NotBlank(fullName, AgentErrorCodes.Invalid, "Full name", Limits.NameLength);
        var address = Guard.Email(email, AgentErrorCodes.Invalid);
        if (name == FullName && address == Email)
        {
            return;
        }

        FullName = name;
        Email = address;
        Raise(new AgentChanged(Id, AgentChange.Updated));
    }

    /// <summary>Rule 5: going away never drops the current ticket; the agent just takes no new one.</summary>
    public void GoAway()
    {
        EnsureNotRemoved();
        if (Availability == AgentAvailability.Away)
        {
            return;
        }

        Availability = AgentAvailability.Away;
        Raise(new AgentChanged(Id, AgentChange.AvailabilityChanged));
    }

    /// <returns>Whether the agent can now take a ticket it could not take before.</returns>
    public bool BecomeAvailable(DateTime now)
    {
        EnsureNotRemoved();
        if (Availability == AgentAvailability.Available)
        {
            return false;
        }

        Availability = AgentAvailability.Available;
        Raise(new AgentChanged(Id, AgentChange.AvailabilityChanged));
        if (CurrentTicketId is null)
        {
            AvailableSince = Guard.Utc(now);
        }

        return CurrentTicketId is null;
    }

    /// <summary>Removes the agent. A ticket in progress goes back to the queue, keeping its place.</summary>
    public void Remove(Ticket? currentTicket, string removedBy, DateTime now)
    {
        EnsureNotRemoved();
        Guard.Utc(now);
        if (CurrentTicketId is { } ticketId)
        {
            if (currentTicket is null || currentTicket.Id != ticketId)
            {
                throw new ArgumentException("The agent's current ticket must be given to remove the agent.", nameof(currentTicket));
            }

            currentTicket.ReturnToQueue(this, removedBy, $"{FullName} was removed", now);
        }

        RemovedAt = now;
        Raise(new AgentChanged(Id, AgentChange.Removed));
    }

    internal void Take(Ticket ticket)
    {
        EnsureCanTake();
        CurrentTicketId = ticket.Id;
    }

    /// <summary>Rule 3 as a refusal: removed, busy or away agents take no ticket (<see cref="CanTakeTicket"/>).</summary>
    internal void EnsureCanTake()
    {
        EnsureNotRemoved();
        if (CurrentTicketId is not null)
        {
            throw new DomainException(AgentErrorCodes.Busy, $"{FullName} is already working on a ticket.");
        }

        if (Availability != AgentAvailability.Available)
        {
            throw new DomainException(AgentErrorCodes.Unavailable, $"{FullName} is away.");
        }
    }

    internal void Release(Ticket ticket, DateTime now)
    {
        if (CurrentTicketId != ticket.Id)
        {
            throw new InvalidOperationException("The agent does not hold this ticket.");
        }

        CurrentTicketId = null;
        AvailableSince = now;
    }

    private void EnsureNotRemoved()
    {
        if (IsRemoved)
        {
            throw new DomainException(AgentErrorCodes.Removed, $"{FullName} has been removed.");
        }
    }
}
