namespace SupportDesk.Domain.Tickets;

/// <summary>A return reason as people say it ("Wrong item", not <c>WrongItem</c>): in the ticket's history, which
/// customers and staff read, and on the portal.</summary>
public static class ReturnReasonWords
{
    public static string Of(ReturnReason reason) => reason switch
    {
        ReturnReason.Damaged => "Damaged",
        ReturnReason.Defective => "Defective",
        ReturnReason.WrongItem => "Wrong item",
        ReturnReason.NotAsDescribed => "Not as described",
        ReturnReason.NoLongerNeeded => "No longer needed",
        ReturnReason.Other => "Other",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown return reason."),
    };
}
