namespace SupportDesk.Domain.Tickets;

/// <summary>Why the customer returns the items.</summary>
public enum ReturnReason
{
    Damaged,
    Defective,
    WrongItem,
    NotAsDescribed,
    NoLongerNeeded,
    Other,
}
