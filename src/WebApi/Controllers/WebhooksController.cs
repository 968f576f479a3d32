using SupportDesk.Application.Common.Models;
using SupportDesk.Application.Webhooks.Commands.CreateWebhook;
using SupportDesk.Application.Webhooks.Commands.DeleteWebhook;
using SupportDesk.Application.Webhooks.Commands.PingWebhook;
using SupportDesk.Application.Webhooks.Commands.RedeliverFailedDeliveries;
using SupportDesk.Application.Webhooks.Commands.RedeliverWebhookDelivery;
using SupportDesk.Application.Webhooks.Commands.RotateWebhookSecret;
using SupportDesk.Application.Webhooks.Commands.UpdateWebhook;
using SupportDesk.Application.Webhooks.Queries;
using SupportDesk.Application.Webhooks.Queries.GetWebhook;
using SupportDesk.Application.Webhooks.Queries.GetWebhookDeliveries;
using SupportDesk.Application.Webhooks.Queries.GetWebhooks;
using SupportDesk.Domain.Webhooks;
using SupportDesk.WebApi.Contracts;
using SupportDesk.WebApi.Errors;
using Roles = SupportDesk.Application.Common.Security.Roles;

namespace SupportDesk.WebApi.Controllers;

/// <summary>Webhook subscriptions: events posted to the shop's systems as they happen, signed (Standard Webhooks).</summary>
/// <remarks>An integration account sees and changes the subscriptions it created (another's is 404); a manager sees all.</remarks>
[Route("api/webhooks")]
[ProducesProblem(StatusCodes.Status401Unauthorized)]
[ProducesProblem(StatusCodes.Status403Forbidden)]
public sealed class WebhooksController : ApiControllerBase
{
    /// <summary>Subscribe a URL to events.</summary>
    /// <remarks>Manager or Integration. The URL must be https on a public address (loopback, private, link-local and metadata addresses are refused, 400). The answer carries the signing `secret`, shown only here: every delivery is a POST of the event with the headers `webhook-id` (the event id, the same on every retry), `webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 over `{webhook-id}.{webhook-timestamp}.{body}`, keyed with the base64-decoded part of the secret after `whsec_`). A 2xx answer within 10 s delivers; anything else is retried for 24 hours (about 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, then every 2 h); after 24 hours without any success the subscription is disabled. Events about agents (`agent.*`) are for managers only: another account naming one gets 403, and its `*` leaves them out.</remarks>
    [HttpPost]
    [Authorize(Roles = $"{Roles.Manager},{Roles.Integration}")]
    [ProducesResponseType<WebhookCreatedDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<WebhookCreatedDto>> CreateWebhook(CreateWebhookCommand command, CancellationToken cancellationToken)
    {
        var subscription = await Sender.Send(command, cancellationToken);
        return CreatedAtAction(nameof(GetWebhook), new { id = subscription.Id }, subscription);
    }

    /// <summary>List webhook subscriptions.</summary>
    /// <remarks>Manager (all) or Integration (its own). Newest first, paged.</remarks>
    /// <param name="page">The page, from 1 (at most 10,000).</param>
    /// <param name="pageSize">Items per page, 1 to 100 (default 20).</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away.</param>
    [HttpGet]
    [Authorize(Roles = $"{Roles.Manager},{Roles.Integration}")]
    [ProducesResponseType<PagedList<WebhookDto>>(StatusCodes.Status200OK)]
    [ValidatedAs(typeof(GetWebhooksQuery))]
    public Task<PagedList<WebhookDto>> ListWebhooks([FromQuery] int page = 1, [FromQuery] int pageSize = Paging.DefaultPageSize,
        CancellationToken cancellationToken = default) =>
        Sender.Send(new GetWebhooksQuery(page, pageSize), cancellationToken);

    /// <summary>Read a webhook subscription.</summary>
    /// <remarks>Manager or Integration (its own; another account's is 404). The secret is not shown.</remarks>
    /// <param name="id">The subscription id.</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away.</param>
    [HttpGet("{id:guid}")]
    [Authorize(Roles = $"{Roles.Manager},{Roles.Integration}")]
    [ProducesResponseType<WebhookDto>(StatusCodes.Status200OK)]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    public Task<WebhookDto> GetWebhook(Guid id, CancellationToken cancellationToken) =>
        Sender.Send(new GetWebhookQuery(id), cancellationToken);

    /// <summary>Change a webhook subscription.</summary>
    /// <remarks>Manager or Integration (its own). Sets the URL, event types and description; `enabled: false` disables it (deliveries stop and events meanwhile are not delivered later: read them from the feed), `enabled: true` enables it again with a fresh 24 hours. 409 `webhook.changed` when it changed meanwhile.</remarks>
    /// <param name="id">The subscription id.</param>
    /// <param name="request">The new settings.</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away.</param>
    [HttpPut("{id:guid}")]
    [Authorize(Roles = $"{Roles.Manager},{Roles.Integration}")]
    [ProducesResponseType<WebhookDto>(StatusCodes.Status200OK)]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    [ProducesProblem(StatusCodes.Status409Conflict)]
    public Task<WebhookDto> UpdateWebhook(Guid id, UpdateWebhookRequest request, CancellationToken cancellationToken) =>
        Sender.Send(new UpdateWebhookCommand(id, request.Url, request.Events, request.Description, request.Enabled), cancellationToken);

    /// <summary>Delete a webhook subscription.</summary>
    /// <remarks>Manager or Integration (its own). Nothing more is sent to it; its delivery log goes with it.</remarks>
    /// <param name="id">The subscription id.</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away.</param>
    [HttpDelete("{id:guid}")]
    [Authorize(Roles = $"{Roles.Manager},{Roles.Integration}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> DeleteWebhook(Guid id, CancellationToken cancellationToken)
    {
        await Sender.Send(new DeleteWebhookCommand(id), cancellationToken);
        return NoContent();
    }

    /// <summary>Rotate the signing secret.</summary>
    /// <remarks>Manager or Integration (its own). Answers the new secret, shown only here. For 24 hours every delivery carries two signatures, space-separated in `webhook-signature`: by the new secret and by the previous one, so the receiver can switch without refusing a delivery.</remarks>
    /// <param name="id">The subscription id.</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away.</param>
    [HttpPost("{id:guid}/rotate-secret")]
    [Authorize(Roles = $"{Roles.Manager},{Roles.Integration}")]
    [ProducesResponseType<WebhookSecretDto>(StatusCodes.Status200OK)]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    [ProducesProblem(StatusCodes.Status409Conflict)]
    public Task<WebhookSecretDto> RotateWebhookSecret(Guid id, CancellationToken cancellationToken) =>
        Sender.Send(new RotateWebhookSecretCommand(id), cancellationToken);

    /// <summary>Send a test event.</summary>
    /// <remarks>Manager or Integration (its own). Queues a `ping` event (its `data` is the subscription) for this subscription only, delivered, signed and logged like any other event; it is not in the feed. Answers the queued delivery. 409 `webhook.disabled` for a disabled subscription.</remarks>
    /// <param name="id">The subscription id.</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away.</param>
    [HttpPost("{id:guid}/ping")]
    [Authorize(Roles = $"{Roles.Manager},{Roles.Integration}")]
    [ProducesResponseType<WebhookDeliveryDto>(StatusCodes.Status202Accepted)]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    [ProducesProblem(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<WebhookDeliveryDto>> PingWebhook(Guid id, CancellationToken cancellationToken) =>
        Accepted(await Sender.Send(new PingWebhookCommand(id), cancellationToken));

    /// <summary>Read the delivery log.</summary>
    /// <remarks>Manager or Integration (its own). Newest first, paged; `status` keeps one status (`Pending`, `Delivered`, `Failed`). Each delivery shows its attempts, the last status code, error and duration, and when it is tried next.</remarks>
    /// <param name="id">The subscription id.</param>
    /// <param name="status">Only deliveries in this status.</param>
    /// <param name="page">The page, from 1 (at most 10,000).</param>
    /// <param name="pageSize">Items per page, 1 to 100 (default 20).</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away.</param>
    [HttpGet("{id:guid}/deliveries")]
    [Authorize(Roles = $"{Roles.Manager},{Roles.Integration}")]
    [ProducesResponseType<PagedList<WebhookDeliveryDto>>(StatusCodes.Status200OK)]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    [ValidatedAs(typeof(GetWebhookDeliveriesQuery))]
    public Task<PagedList<WebhookDeliveryDto>> ListWebhookDeliveries(Guid id, [FromQuery] DeliveryStatus? status = null,
        [FromQuery] int page = 1, [FromQuery] int pageSize = Paging.DefaultPageSize, CancellationToken cancellationToken = default) =>
        Sender.Send(new GetWebhookDeliveriesQuery(id, status, page, pageSize), cancellationToken);

    /// <summary>Send a delivery again.</summary>
    /// <remarks>Manager or Integration (its own). A delivered or failed event is sent again now, with the same `webhook-id` and a fresh 24 hours of retries. 409 `webhook.delivery_pending` when it is still pending (it is sent on its schedule).</remarks>
    /// <param name="id">The subscription id.</param>
    /// <param name="deliveryId">The delivery id, from the log.</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away.</param>
    [HttpPost("{id:guid}/deliveries/{deliveryId:guid}/redeliver")]
    [Authorize(Roles = $"{Roles.Manager},{Roles.Integration}")]
    [ProducesResponseType<WebhookDeliveryDto>(StatusCodes.Status202Accepted)]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    [ProducesProblem(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<WebhookDeliveryDto>> RedeliverWebhookDelivery(Guid id, Guid deliveryId, CancellationToken cancellationToken) =>
        Accepted(await Sender.Send(new RedeliverWebhookDeliveryCommand(id, deliveryId), cancellationToken));

    /// <summary>Send every failed delivery since a time again.</summary>
    /// <remarks>Manager or Integration (its own). For a receiver that was down longer than the 24 hours of retries: every `Failed` delivery created at or after `since` is sent again (at most 10,000 per call; call again for more). Answers how many were queued.</remarks>
    /// <param name="id">The subscription id.</param>
    /// <param name="request">Since when.</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away.</param>
    [HttpPost("{id:guid}/deliveries/redeliver-failed")]
    [Authorize(Roles = $"{Roles.Manager},{Roles.Integration}")]
    [ProducesResponseType<RedeliveryCount>(StatusCodes.Status202Accepted)]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<RedeliveryCount>> RedeliverFailedDeliveries(Guid id, RedeliverFailedRequest request,
        CancellationToken cancellationToken) =>
        Accepted(await Sender.Send(new RedeliverFailedDeliveriesCommand(id, request.Since), cancellationToken));
}
