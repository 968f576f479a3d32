namespace SupportDesk.Domain.Tickets;

/// <summary>A resolution outcome as people say it ("Store credit", not <c>StoreCredit</c>): in the ticket's history
/// and on the portal.</summary>
public static class ResolutionOutcomeWords
{
    public static string Of(ResolutionOutcome outcome) => outcome switch
    {
        ResolutionOutcome.Refund => "Refund",
        ResolutionOutcome.Replacement => "Replacement",
        ResolutionOutcome.StoreCredit => "Store credit",
        ResolutionOutcome.Rejected => "Rejected",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown resolution outcome."),
    };
}
