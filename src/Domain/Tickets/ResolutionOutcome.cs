namespace SupportDesk.Domain.Tickets;

/// <summary>How a return was settled; a Rejected return gives its quantity back to the order line.</summary>
public enum ResolutionOutcome
{
    Refund,
    Replacement,
    StoreCredit,
    Rejected,
}
