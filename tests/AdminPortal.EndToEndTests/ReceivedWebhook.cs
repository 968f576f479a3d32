namespace SupportDesk.AdminPortal.EndToEndTests;

/// <summary>One request as <see cref="WebhookReceiver"/> got it.</summary>
/// <param name="Path">The request's path, which tells the subscriptions apart.</param>
/// <param name="Id">The <c>webhook-id</c> header.</param>
/// <param name="Timestamp">The <c>webhook-timestamp</c> header.</param>
/// <param name="Signature">The <c>webhook-signature</c> header.</param>
/// <param name="Body">The body as sent, the bytes the signature covers.</param>
public sealed record ReceivedWebhook(string Path, string Id, long Timestamp, string Signature, string Body);
