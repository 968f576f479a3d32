namespace SupportDesk.Domain.Customers;

/// <summary>
/// A shop customer. A customer can exist before it has a sign-in account: the shop may push an order for an email
/// that registers later, and registering with that email then links the account to the existing customer.
/// </summary>
public sealed class Customer : Entity
{
    private Customer()
    {
        FullName = null!;
        Email = null!;
    }

    public Customer(string fullName, string email, string? userId, DateTime now)
    {
        FullName = Guard.NotBlank(fullName, CustomerErrorCodes.Invalid, "Full name", Limits.NameLength);
        Email = Guard.Email(email, CustomerErrorCodes.Invalid);
        UserId = userId;
        CreatedAt = Guard.Utc(now);
    }

    public string FullName { get; private set; }

    /// <summary>Lower-case, trimmed; unique.</summary>
    public string Email { get; private set; }

    /// <summary>The sign-in account, once the customer has registered.</summary>
    public string? UserId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public bool HasAccount => UserId is not null;

    public void LinkAccount(string userId, string fullName)
    {
        if (HasAccount)
        {
            throw new DomainException(CustomerErrorCodes.AlreadyRegistered, "This customer already has an account.");
        }

        var account = Guard.NotBlank(userId, CustomerErrorCodes.Invalid, "Account", 450);
        var name = Guard.NotBlank(fullName, CustomerErrorCodes.Invalid, "Full name", Limits.NameLength);
        UserId = account;
        FullName = name;
    }
}
