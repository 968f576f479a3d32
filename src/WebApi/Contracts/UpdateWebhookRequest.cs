namespace SupportDesk.WebApi.Contracts;

/// <summary>A subscription's new settings.</summary>
/// <param name="Url">Where to post events: an https address on a public network.</param>
/// <param name="Events">The event types to receive, or <c>["*"]</c> for all.</param>
/// <param name="Description">What the subscription is for; leave it out for none.</param>
/// <param name="Enabled">False stops deliveries (events meanwhile are not delivered later; read them from the feed); true starts them again.</param>
[ValidatedAs(typeof(SupportDesk.Application.Webhooks.Commands.UpdateWebhook.UpdateWebhookCommand))]
public sealed record UpdateWebhookRequest(string Url, IReadOnlyList<string> Events, string? Description = null, bool Enabled = true);
