namespace SupportDesk.Domain.Tickets;

public enum TicketStatus
{
    Open,
    InProgress,
    Resolved,
}

public enum ReturnReason
{
    Damaged,
    Defective,
    WrongItem,
    NotAsDescribed,
    NoLongerNeeded,
    Other,
}

public enum ResolutionOutcome
{
    Refund,
    Replacement,
    StoreCredit,
    Rejected,
}

public enum TicketEventType
{
    Opened,
    Assigned,
    ReturnedToQueue,
    Resolved,
}
