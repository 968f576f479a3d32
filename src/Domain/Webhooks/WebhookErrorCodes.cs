namespace SupportDesk.Domain.Webhooks;

/// <summary>Stable codes of the webhook rules, as clients see them in problem responses.</summary>
public static class WebhookErrorCodes
{
    public const string Invalid = "webhook.invalid";

    /// <summary>A disabled subscription is not pinged.</summary>
    public const string Disabled = "webhook.disabled";

    /// <summary>Only a delivery that is not pending can be sent again.</summary>
    public const string DeliveryPending = "webhook.delivery_pending";

    /// <summary>Another request changed the subscription between this one's read and its save.</summary>
    public const string Changed = "webhook.changed";
}
