namespace SupportDesk.Domain.Webhooks;

/// <summary>Where one event's delivery to one subscription stands.</summary>
public enum DeliveryStatus
{
    Pending,
    Delivered,
    Failed,
}
