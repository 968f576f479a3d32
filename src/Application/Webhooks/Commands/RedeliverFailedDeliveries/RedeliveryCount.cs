namespace SupportDesk.Application.Webhooks.Commands.RedeliverFailedDeliveries;

/// <summary>How many failed deliveries were queued again.</summary>
/// <param name="Count">The number of deliveries now pending again.</param>
public sealed record RedeliveryCount(int Count);
