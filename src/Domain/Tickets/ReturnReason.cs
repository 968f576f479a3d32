namespace SupportDesk.Domain.Tickets;

public enum ReturnReason
{
    Damaged,
    Defective,
    WrongItem,
    NotAsDescribed,
    NoLongerNeeded,
    Other,
}
