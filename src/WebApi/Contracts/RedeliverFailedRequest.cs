namespace SupportDesk.WebApi.Contracts;

/// <summary>Which failed deliveries to send again.</summary>
/// <param name="Since">Failed deliveries created at or after this time (UTC).</param>
[ValidatedAs(typeof(SupportDesk.Application.Webhooks.Commands.RedeliverFailedDeliveries.RedeliverFailedDeliveriesCommand))]
public sealed record RedeliverFailedRequest(DateTime Since);
