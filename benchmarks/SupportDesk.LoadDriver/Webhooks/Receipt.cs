namespace SupportDesk.LoadDriver.Webhooks;

/// <summary>
/// One request the receiver got, as a line of its record file: the <c>webhook-id</c> header and the event's own id,
/// type, position and subject (the resource's <c>data.id</c>), when the event occurred and when it arrived, and
/// whether the signature verified with the subscription's secret.
/// </summary>
public sealed record Receipt(
    long Order,
    string? WebhookId,
    string? EventId,
    string? Type,
    long? Position,
    string? Subject,
    DateTime? OccurredAt,
    DateTime ReceivedAt,
    bool SignatureValid,
    string? Problem);
