namespace SupportDesk.Domain.Orders;

/// <summary>Stable codes of the order rules, as clients see them in problem responses.</summary>
public static class OrderErrorCodes
{
    public const string Invalid = "order.invalid";

    /// <summary>An order with this number was already imported.</summary>
    public const string DuplicateNumber = "order.duplicate_number";
}
