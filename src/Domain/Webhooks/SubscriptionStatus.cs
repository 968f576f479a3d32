namespace SupportDesk.Domain.Webhooks;

/// <summary>Whether a subscription receives deliveries.</summary>
public enum SubscriptionStatus
{
    Active,
    Disabled,
}
