namespace SupportDesk.Domain.Orders;

public static class OrderErrors
{
    public const string Invalid = "order.invalid";
}
