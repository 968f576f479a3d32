namespace SupportDesk.Domain.Customers;

public static class CustomerErrors
{
    public const string Invalid = "customer.invalid";
    public const string AlreadyRegistered = "customer.already_registered";
}
