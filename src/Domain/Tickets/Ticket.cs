using SupportDesk.Domain.Agents;
using SupportDesk.Domain.Customers;
using SupportDesk.Domain.Orders;

namespace SupportDesk.Domain.Tickets;

/// <summary>
/// A customer's request to return items of one order line. The workflow is Open → InProgress → Resolved; a ticket
/// in progress goes back to Open only when the agent holding it is removed or a manager hands it back, keeping its
/// place in the queue
/// (the queue is ordered by <see cref="Priority"/> with aging, then <see cref="CreatedAt"/>: <see cref="QueuePolicy"/>).
/// </summary>
public sealed class Ticket : Entity, IVersioned
{
    public const string SystemActor = "SupportDesk";

    /// <summary>The history's detail of an assignment breach.</summary>
    public const string AssignmentTargetMissed = "Assignment target missed";

    /// <summary>The history's detail of a resolution breach.</summary>
    public const string ResolutionTargetMissed = "Resolution target missed";

    private readonly List<TicketEvent> _history = [];

    private Ticket()
    {
        Number = null!;
        Description = null!;
    }

    private Ticket(string number, Guid customerId, Order order, OrderLine line, int quantity, ReturnReason reason,
        string description, TicketPriority priority, ServiceLevelPolicy serviceLevels, DateTime now)
    {
        Number = number;
        CustomerId = customerId;
        OrderId = order.Id;
        OrderLineId = line.Id;
        OrderLine = line;
        Quantity = quantity;
        Reason = reason;
        Description = description;
        Priority = priority;
        Status = TicketStatus.Open;
        CreatedAt = now;
        AssignBy = serviceLevels.AssignBy(priority, now);
        ResolveBy = serviceLevels.ResolveBy(priority, now);
        UpdateSlaCheck();
    }

    public string Number { get; private set; }

    public Guid CustomerId { get; private set; }

    public Guid OrderId { get; private set; }

    public Guid OrderLineId { get; private set; }

    /// <summary>The returned line; loaded when the ticket is resolved, since a rejection gives the items back.</summary>
    public OrderLine? OrderLine { get; private set; }

    public int Quantity { get; private set; }

    public ReturnReason Reason { get; private set; }

    public string Description { get; private set; }

    public TicketStatus Status { get; private set; }

    /// <summary>From the reason when opened (<see cref="ReturnPolicy.PriorityFor"/>); a manager may change it.</summary>
    public TicketPriority Priority { get; private set; }

    /// <summary>The agent working on it, or who resolved it.</summary>
    public Guid? AssignedAgentId { get; private set; }

    /// <summary>
    /// The agent holding the ticket while it is in progress, null otherwise. The database keeps this column unique,
    /// so an agent can never hold two tickets in progress, whatever the processes writing at the same time.
    /// </summary>
    public Guid? HolderAgentId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? AssignedAt { get; private set; }

    public DateTime? ResolvedAt { get; private set; }

    public ResolutionOutcome? Outcome { get; private set; }

    public string? ResolutionNote { get; private set; }

    /// <summary>When it is due to be assigned: <see cref="ServiceLevelPolicy.AssignBy"/> of its current priority.</summary>
    public DateTime AssignBy { get; private set; }

    /// <summary>When it is due to be resolved: <see cref="ServiceLevelPolicy.ResolveBy"/> of its current priority.</summary>
    public DateTime ResolveBy { get; private set; }

    /// <summary>When the breach job recorded that the assignment target was missed; null until then (and ever after
    /// for a ticket assigned in time).</summary>
    public DateTime? AssignBreachedAt { get; private set; }

    /// <summary>When the breach job recorded that the resolution target was missed.</summary>
    public DateTime? ResolveBreachedAt { get; private set; }

    /// <summary>When the first breach of either target was recorded; null while none is. With <see cref="SlaCheckAt"/>
    /// it answers "breached now?" from two indexed columns (<see cref="ServiceLevelPolicy.Breached"/>).</summary>
    public DateTime? BreachedAt { get; private set; }

    /// <summary>The earliest due time of a target neither met nor recorded as missed: when the breach job has to look
    /// at the ticket again; null when both targets are settled. Indexed, so the job reads only what is due.</summary>
    public DateTime? SlaCheckAt { get; private set; }

    public int Version { get; private set; }

    /// <summary>How many messages the ticket's conversation with the customer holds (internal notes aside).</summary>
    public int MessageCount { get; private set; }

    /// <summary>When the last of those messages was written (UTC), or null.</summary>
    public DateTime? LastMessageAt { get; private set; }

    /// <summary>How many files the ticket holds, on it or on its messages (at most <see cref="AttachmentRules.MaxPerTicket"/>).</summary>
    public int AttachmentCount { get; private set; }

    public IReadOnlyCollection<TicketEvent> History => _history.AsReadOnly();

    /// <summary>Rule 2: a ticket is opened by the order's customer, on a line of that order, for items still returnable:
    /// not a final sale, inside the <paramref name="policy"/>'s window for the reason. Its priority is the policy's
    /// for the reason.</summary>
    /// <remarks>Its due times come from <paramref name="serviceLevels"/> (<see cref="ServiceLevelPolicy.Default"/>
    /// when null) for that priority.</remarks>
    public static Ticket Open(string number, Customer customer, Order order, Guid orderLineId, int quantity,
        ReturnReason reason, string description, ReturnPolicy policy, DateTime now,
        IReadOnlyCollection<Attachment>? attachments = null, ServiceLevelPolicy? serviceLevels = null)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(policy);
        if (!order.BelongsTo(customer))
        {
            throw new DomainException(TicketErrorCodes.OrderNotOwned, $"Order {order.Number} is not one of your orders.");
        }

        var line = order.FindLine(orderLineId)
            ?? throw new DomainException(TicketErrorCodes.OrderLineNotFound, $"Order {order.Number} has no such line.");
        if (!Enum.IsDefined(reason))
        {
            throw new DomainException(TicketErrorCodes.Invalid, "Unknown return reason.");
        }

        // Every check before the first change: a refused ticket leaves the line as it was.
        var text = Guard.NotBlank(description, TicketErrorCodes.Invalid, "Description", Limits.DescriptionLength);
        var ticketNumber = Guard.NotBlank(number, TicketErrorCodes.Invalid, "Number", Limits.TicketNumberLength);
        Guard.Utc(now);
        policy.EnsureReturnable(order, line, reason, now);
        if (attachments is { Count: > 0 })
        {
            EnsureAttachable(MessageAuthor.Customer(customer.Id, customer.FullName, customer.UserId ?? string.Empty),
                Guid.Empty, 0, attachments);
        }

        line.Claim(quantity);

        var ticket = new Ticket(ticketNumber, customer.Id, order, line, quantity, reason, text,
            policy.PriorityFor(reason), serviceLevels ?? ServiceLevelPolicy.Default, now);
        ticket.Record(TicketEventType.Opened, now, customer.FullName,
            $"{quantity} × {line.ProductName} ({line.Sku}), reason: {ReturnReasonWords.Of(reason).ToLowerInvariant()}");
        ticket.Bind(attachments ?? [], messageId: null);
        return ticket;
    }

    /// <summary>Rules 1 and 3: an open ticket goes to an agent free to take it; the agent now holds it.</summary>
    public void AssignTo(Agent agent, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(agent);
        Guard.Utc(now);
        EnsureStatus(TicketStatus.Open, TicketStatus.InProgress);
        agent.Take(this);
        Status = TicketStatus.InProgress;
        AssignedAgentId = agent.Id;
        HolderAgentId = agent.Id;
        AssignedAt = now;
        UpdateSlaCheck();
        Record(TicketEventType.Assigned, now, SystemActor, $"Assigned to {agent.FullName}");
    }

    /// <summary>Rules 1 and 4: only the holder resolves; the agent is free again. A rejection gives the items back
    /// to the line, so they can be claimed by a later ticket.</summary>
    public void Resolve(Agent agent, ResolutionOutcome outcome, string note, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(agent);
        Guard.Utc(now);
        EnsureStatus(TicketStatus.InProgress, TicketStatus.Resolved);
        if (HolderAgentId != agent.Id)
        {
            throw new TicketNotHeldByAgentException(Number);
        }

        if (!Enum.IsDefined(outcome))
        {
            throw new DomainException(TicketErrorCodes.Invalid, "Unknown resolution outcome.");
        }

        var text = Guard.NotBlank(note, TicketErrorCodes.Invalid, "Resolution note", Limits.ResolutionNoteLength);
        if (outcome == ResolutionOutcome.Rejected)
        {
            var line = OrderLine ?? throw new InvalidOperationException("Load the order line to reject a ticket.");
            line.Release(Quantity);
        }

        Status = TicketStatus.Resolved;
        Outcome = outcome;
        ResolutionNote = text;
        ResolvedAt = now;
        HolderAgentId = null;
        UpdateSlaCheck();
        agent.Release(this, now);
        Record(TicketEventType.Resolved, now, agent.FullName, ResolutionOutcomeWords.Of(outcome));
    }

    /// <summary>A manager changes how urgently the ticket is served, while it is open or in progress; a resolved
    /// ticket keeps the priority it had. The same priority again changes nothing (no history line, no event).
    /// The due times follow the new priority, counted from the opening (<see cref="ServiceLevelPolicy"/>; the default
    /// targets when <paramref name="serviceLevels"/> is null).</summary>
    public void ChangePriority(TicketPriority priority, string actor, DateTime now, ServiceLevelPolicy? serviceLevels = null)
    {
        Guard.Utc(now);
        if (!Enum.IsDefined(priority))
        {
            throw new DomainException(TicketErrorCodes.Invalid, "Unknown priority.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (Status == TicketStatus.Resolved)
        {
            throw new DomainException(TicketErrorCodes.InvalidTransition,
                $"Ticket {Number} is resolved; its priority can no longer change.");
        }

        if (priority == Priority)
        {
            return;
        }

        var was = Priority;
        var targets = serviceLevels ?? ServiceLevelPolicy.Default;
        Priority = priority;
        AssignBy = targets.AssignBy(priority, CreatedAt);
        ResolveBy = targets.ResolveBy(priority, CreatedAt);
        UpdateSlaCheck();
        Record(TicketEventType.PriorityChanged, now, actor, $"{was} → {priority}");
    }

    /// <summary>
    /// A message to the conversation, or an internal note between staff. The ticket's customer and the agent holding
    /// it write to each other (rule 4 again: another agent may not); a manager adds internal notes only, a customer
    /// never does. A resolved ticket takes no more messages. Files the author uploaded are shown with the message,
    /// within the ticket's <see cref="AttachmentRules.MaxPerTicket"/>.
    /// </summary>
    public TicketMessage AddMessage(MessageAuthor author, string body, bool isInternal,
        IReadOnlyCollection<Attachment> attachments, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(author);
        ArgumentNullException.ThrowIfNull(attachments);
        Guard.Utc(now);
        EnsureConversationWith(author);
        if (author.Role == MessageAuthorRole.Customer && isInternal)
        {
            throw new MessageNotAllowedException("Customers cannot write internal notes.");
        }

        if (author.Role == MessageAuthorRole.Manager && !isInternal)
        {
            throw new MessageNotAllowedException(
                "Managers add internal notes; the agent holding the ticket writes to the customer.");
        }

        var text = Guard.NotBlank(body, MessageErrorCodes.Invalid, "Message", TicketMessage.BodyLength);
        if (!PlainText.IsText(text))
        {
            throw new DomainException(MessageErrorCodes.Invalid, "Message must not contain control characters.");
        }

        EnsureAttachable(author, Id, AttachmentCount, attachments);
        var message = new TicketMessage(Id, author, text, isInternal, now);
        Bind(attachments, message.Id);
        if (!isInternal)
        {
            MessageCount++;
            LastMessageAt = now;
        }

        Raise(new TicketMessageAdded(Id, message.Id, author.Role, isInternal));
        return message;
    }

    /// <summary>Files straight onto the ticket, without a message: by its customer or the agent holding it, while it
    /// is not resolved, within <see cref="AttachmentRules.MaxPerTicket"/>.</summary>
    public void Attach(MessageAuthor author, IReadOnlyCollection<Attachment> attachments)
    {
        ArgumentNullException.ThrowIfNull(author);
        ArgumentNullException.ThrowIfNull(attachments);
        EnsureConversationWith(author);
        if (author.Role == MessageAuthorRole.Manager)
        {
            throw new MessageNotAllowedException("Files are added by the ticket's customer or the agent holding it.");
        }

        EnsureAttachable(author, Id, AttachmentCount, attachments);
        Bind(attachments, messageId: null);
    }

    /// <summary>A manager hands a stuck ticket in progress back to the queue: its holder is free again (and last in
    /// line among the free agents), the ticket waits in its old place for the next assignment. The history says who
    /// and from whom; the shop hears <c>ticket.returned_to_queue</c>.</summary>
    /// <remarks>The holder may be null only when nobody holds the ticket: then it is not in progress and the move is
    /// refused.</remarks>
    public void HandBackToQueue(Agent? holder, string actor, DateTime now)
    {
        EnsureInProgressToMove();
        ArgumentNullException.ThrowIfNull(holder);
        ReturnToQueue(holder, actor, $"handed back from {holder.FullName}", now);
    }

    /// <summary>A manager hands a stuck ticket in progress from its holder to another agent free to take it (rule 3:
    /// available, not removed, without a ticket). The holder is free again; the history and the shop
    /// (<c>ticket.assigned</c>) see the new agent. Every check comes before the first change.</summary>
    /// <remarks><see cref="AssignedAt"/> keeps the first assignment's time: the assignment target was met then, and
    /// the resolution clock does not restart.</remarks>
    public void HandOver(Agent? holder, Agent to, string actor, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(to);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        Guard.Utc(now);
        EnsureInProgressToMove();
        ArgumentNullException.ThrowIfNull(holder);
        EnsureHeldBy(holder);
        if (to.Id == holder.Id)
        {
            throw new DomainException(AgentErrorCodes.Busy, $"{to.FullName} already holds ticket {Number}.");
        }

        to.EnsureCanTake();
        holder.Release(this, now);
        to.Take(this);
        AssignedAgentId = to.Id;
        HolderAgentId = to.Id;
        Record(TicketEventType.Assigned, now, actor, $"Handed from {holder.FullName} to {to.FullName}");
    }

    /// <summary>The ways back from InProgress to Open: the holder was removed (called by <see cref="Agent.Remove"/>),
    /// or a manager handed the ticket back (<see cref="HandBackToQueue"/>).</summary>
    internal void ReturnToQueue(Agent holder, string actor, string why, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        Guard.Utc(now);
        EnsureStatus(TicketStatus.InProgress, TicketStatus.Open);
        EnsureHeldBy(holder);
        holder.Release(this, now);
        Status = TicketStatus.Open;
        AssignedAgentId = null;
        HolderAgentId = null;
        AssignedAt = null;
        UpdateSlaCheck();
        Record(TicketEventType.ReturnedToQueue, now, actor, $"Back in the queue: {why}");
    }

    /// <summary>The breach job's step: records, once each, the targets missed at <paramref name="now"/> and not
    /// recorded yet: a history line (<see cref="TicketEventType.SlaBreached"/>, "Assignment target missed" or
    /// "Resolution target missed") and an event per target. Returns how many it recorded (0 when none is due).</summary>
    public int RecordBreaches(DateTime now)
    {
        Guard.Utc(now);
        var recorded = 0;
        if (AssignBreachedAt is null && ServiceLevelPolicy.Missed(AssignBy, AssignedAt, now))
        {
            AssignBreachedAt = now;
            BreachedAt ??= now;
            UpdateSlaCheck();
            Record(TicketEventType.SlaBreached, now, SystemActor, AssignmentTargetMissed, SlaTarget.Assignment);
            recorded++;
        }

        if (ResolveBreachedAt is null && ServiceLevelPolicy.Missed(ResolveBy, ResolvedAt, now))
        {
            ResolveBreachedAt = now;
            BreachedAt ??= now;
            UpdateSlaCheck();
            Record(TicketEventType.SlaBreached, now, SystemActor, ResolutionTargetMissed, SlaTarget.Resolution);
            recorded++;
        }

        return recorded;
    }

    private void UpdateSlaCheck()
    {
        // A target is settled once met (done by its due time) or recorded as missed; the job looks again at the
        // earliest due time of those that are not.
        DateTime? assign = AssignBreachedAt is null && !(AssignedAt is { } assigned && assigned <= AssignBy) ? AssignBy : null;
        DateTime? resolve = ResolveBreachedAt is null && !(ResolvedAt is { } resolved && resolved <= ResolveBy) ? ResolveBy : null;
        SlaCheckAt = assign is null ? resolve : resolve is null ? assign : assign < resolve ? assign : resolve;
    }

    private void EnsureConversationWith(MessageAuthor author)
    {
        switch (author.Role)
        {
            case MessageAuthorRole.Customer when author.CustomerId != CustomerId:
                throw new MessageNotAllowedException($"Ticket {Number} is not one of your tickets.");
            case MessageAuthorRole.Agent when author.AgentId is null || author.AgentId != HolderAgentId:
                throw new TicketNotHeldByAgentException(Number);
            case MessageAuthorRole.System:
                throw new ArgumentException("The desk does not write messages through this path.", nameof(author));
        }

        if (Status == TicketStatus.Resolved)
        {
            throw new DomainException(MessageErrorCodes.TicketResolved,
                $"Ticket {Number} is resolved; it takes no more messages or files.");
        }
    }

    private static void EnsureAttachable(MessageAuthor author, Guid ticketId, int alreadyOnTicket,
        IReadOnlyCollection<Attachment> attachments)
    {
        if (attachments.Any(a => !a.IsAvailableTo(author.AccountId, ticketId)) || attachments.DistinctBy(a => a.Id).Count() != attachments.Count)
        {
            throw new AttachmentNotAvailableException();
        }

        if (alreadyOnTicket + attachments.Count(a => a.TicketId is null) > AttachmentRules.MaxPerTicket)
        {
            throw new DomainException(AttachmentErrorCodes.LimitReached,
                $"A ticket holds at most {AttachmentRules.MaxPerTicket} files.");
        }
    }

    private void Bind(IReadOnlyCollection<Attachment> attachments, Guid? messageId)
    {
        foreach (var attachment in attachments)
        {
            if (attachment.TicketId is null)
            {
                AttachmentCount++;
            }

            if (messageId is { } id)
            {
                attachment.ShowWith(Id, id);
            }
            else
            {
                attachment.BindTo(Id);
            }
        }
    }

    private void EnsureInProgressToMove()
    {
        if (Status != TicketStatus.InProgress)
        {
            throw new DomainException(TicketErrorCodes.InvalidTransition,
                $"Ticket {Number} is not in progress: only a ticket an agent holds can be handed back or over.");
        }
    }

    private void EnsureHeldBy(Agent agent)
    {
        if (HolderAgentId != agent.Id)
        {
            throw new TicketNotHeldByAgentException(Number);
        }
    }

    private void EnsureStatus(TicketStatus expected, TicketStatus target)
    {
        if (Status != expected)
        {
            throw new InvalidTicketTransitionException(Number, Status, target);
        }
    }

    private void Record(TicketEventType type, DateTime at, string actor, string? detail, SlaTarget? target = null)
    {
        _history.Add(new TicketEvent(Id, type, at, actor, detail));
        Raise(new TicketChanged(Id, type) { Target = target });
    }
}
