namespace SupportDesk.Domain.Tickets;

public enum ResolutionOutcome
{
    Refund,
    Replacement,
    StoreCredit,
    Rejected,
}
