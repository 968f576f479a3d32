namespace SupportDesk.Domain.Customers;

/// <summary>Stable codes of the customer rules, as clients see them in problem responses.</summary>
public static class CustomerErrorCodes
{
    public const string Invalid = "customer.invalid";
    public const string AlreadyRegistered = "customer.already_registered";
}
