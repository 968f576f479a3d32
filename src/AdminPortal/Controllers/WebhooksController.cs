using MediatR;
using SupportDesk.AdminPortal.Views.Shared;
using SupportDesk.AdminPortal.Views.Webhooks;
using SupportDesk.Application.Webhooks.Commands.CreateWebhook;
using SupportDesk.Application.Webhooks.Commands.DeleteWebhook;
using SupportDesk.Application.Webhooks.Commands.PingWebhook;
using SupportDesk.Application.Webhooks.Commands.RedeliverFailedDeliveries;
using SupportDesk.Application.Webhooks.Commands.RedeliverWebhookDelivery;
using SupportDesk.Application.Webhooks.Commands.RotateWebhookSecret;
using SupportDesk.Application.Webhooks.Commands.SetWebhookEnabled;
using SupportDesk.Application.Webhooks.Commands.UpdateWebhook;
using SupportDesk.Application.Webhooks.Queries.GetWebhook;
using SupportDesk.Application.Webhooks.Queries.GetWebhookDeliveries;
using SupportDesk.Application.Webhooks.Queries.GetWebhooks;
using SupportDesk.Domain.Webhooks;
using Roles = SupportDesk.Application.Common.Security.Roles;

namespace SupportDesk.AdminPortal.Controllers;

/// <summary>
/// Managers subscribe the shop's systems to events, watch the deliveries and send them again. A signing secret is
/// shown once: the request that made it (creation or rotation) hands it to the next page through TempData (a cookie
/// encrypted with the desk's data-protection keys, deleted once read) and redirects, so reloading that page shows it
/// no more and never submits the form again.
/// </summary>
[Authorize(Roles = Roles.Manager)]
[Route("webhooks")]
public sealed class WebhooksController(IMediator mediator) : PortalController(mediator)
{
    internal const int PageSize = 20;
    private const string SecretKey = "WebhookSecret";
    private const string SecretOfKey = "WebhookSecretOf";
    private const string SecretRotatedKey = "WebhookSecretRotated";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] int page = 1) =>
        View(await Sender.Send(new GetWebhooksQuery(Math.Max(1, page), PageSize), HttpContext.RequestAborted));

    [HttpGet("new")]
    public IActionResult Create() => View(new WebhookForm());

    [HttpPost("new")]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> Create(WebhookForm form)
    {
        if (ModelState.IsValid
            && await TrySendAsync(new CreateWebhookCommand(form.Url ?? string.Empty, form.Events, form.Description)) is { } created)
        {
            return ShowSecretOnce(created.Id, created.Secret, rotated: false);
        }

        return View(form);
    }

    /// <summary>The page that shows a new secret, once: opened again (or reloaded), it leads to the details.</summary>
    [HttpGet("{id:guid}/secret")]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> Secret(Guid id)
    {
        // TempData hands a Guid-looking string back as a Guid: compare the text.
        if (TempData[SecretKey] is not string secret || TempData[SecretOfKey]?.ToString() != id.ToString())
        {
            Flash("A signing secret is shown only once. Rotate it to get a new one.", "warning");
            return RedirectToAction(nameof(Details), new { id });
        }

        var webhook = await Sender.Send(new GetWebhookQuery(id), HttpContext.RequestAborted);
        return View("Secret", new WebhookSecretViewModel(webhook, secret, Rotated: TempData[SecretRotatedKey] is true));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, [FromQuery] DeliveryFilter filter) =>
        View(await DetailsAsync(id, filter, new RedeliverFailedForm()));

    /// <summary>The delivery log alone; the details page fetches it when an event may have queued deliveries, and every
    /// two seconds while one is waiting for its next attempt, so attempts show without a reload.</summary>
    [HttpGet("{id:guid}/deliveries")]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> Deliveries(Guid id, [FromQuery] DeliveryFilter filter) =>
        PartialView("_DeliveryTable", await DetailsAsync(id, filter, new RedeliverFailedForm()));

    [HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id)
    {
        var webhook = await Sender.Send(new GetWebhookQuery(id), HttpContext.RequestAborted);
        return View(new WebhookForm { Id = id, Url = webhook.Url, Events = [.. webhook.Events], Description = webhook.Description });
    }

    [HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, WebhookForm form)
    {
        // Editing the settings leaves the subscription enabled or disabled as it is.
        if (ModelState.IsValid
            && await TrySendAsync(new UpdateWebhookCommand(id, form.Url ?? string.Empty, form.Events, form.Description, Enabled: null)) is not null)
        {
            Flash("The subscription's settings were saved.");
            return RedirectToAction(nameof(Details), new { id });
        }

        return View(form with { Id = id });
    }

    /// <summary>Disables or enables the subscription, leaving its settings as they are.</summary>
    [HttpPost("{id:guid}/enabled")]
    public async Task<IActionResult> Enabled(Guid id, bool enabled)
    {
        if (await TrySendAsync(new SetWebhookEnabledCommand(id, enabled)) is not null)
        {
            Flash(enabled
                ? "The subscription is enabled: events from now on are delivered to it."
                : "The subscription is disabled: nothing is sent to it, and events meanwhile are not delivered later.");
        }
        else
        {
            FlashErrors();
        }

        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id:guid}/rotate-secret")]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> RotateSecret(Guid id)
    {
        if (await TrySendAsync(new RotateWebhookSecretCommand(id)) is { } rotated)
        {
            return ShowSecretOnce(id, rotated.Secret, rotated: true);
        }

        FlashErrors();
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id:guid}/ping")]
    public async Task<IActionResult> Ping(Guid id)
    {
        if (await TrySendAsync(new PingWebhookCommand(id)) is { } delivery)
        {
            Flash($"A test event ({delivery.EventId}) is on its way; its delivery shows in the log below.");
        }
        else
        {
            FlashErrors();
        }

        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("{id:guid}/delete")]
    public async Task<IActionResult> Delete(Guid id) => View(await Sender.Send(new GetWebhookQuery(id), HttpContext.RequestAborted));

    [HttpPost("{id:guid}/delete")]
    [ActionName(nameof(Delete))]
    public async Task<IActionResult> DeleteConfirmed(Guid id)
    {
        var webhook = await Sender.Send(new GetWebhookQuery(id), HttpContext.RequestAborted);
        if (await TrySendAsync(new DeleteWebhookCommand(id)))
        {
            Flash($"The subscription for {webhook.Url} was deleted with its delivery log.");
            return RedirectToAction(nameof(Index));
        }

        return View(nameof(Delete), webhook);
    }

    [HttpPost("{id:guid}/deliveries/{deliveryId:guid}/redeliver")]
    public async Task<IActionResult> Redeliver(Guid id, Guid deliveryId)
    {
        if (await TrySendAsync(new RedeliverWebhookDeliveryCommand(id, deliveryId)) is { } delivery)
        {
            Flash($"{delivery.EventType} {delivery.EventId} is sent again, with the same webhook-id.");
        }
        else
        {
            FlashErrors();
        }

        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id:guid}/deliveries/redeliver-failed")]
    public async Task<IActionResult> RedeliverFailed(Guid id, [Bind(Prefix = RedeliverFailedForm.Prefix)] RedeliverFailedForm form)
    {
        // The field is a local date and time without a zone; the portal's times are UTC, and so is this one.
        var since = form.Since is { } value ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : default;
        if (ModelState.IsValid
            && await TrySendAsync(new RedeliverFailedDeliveriesCommand(id, since), RedeliverFailedForm.Prefix) is { } queued)
        {
            Flash(queued.Count == 0
                ? $"No failed delivery since {Display.Time(since)}: nothing to send again."
                : $"{queued.Count} failed {(queued.Count == 1 ? "delivery" : "deliveries")} since {Display.Time(since)} {(queued.Count == 1 ? "is" : "are")} sent again.");
            return RedirectToAction(nameof(Details), new { id });
        }

        return View(nameof(Details), await DetailsAsync(id, new DeliveryFilter(), form));
    }

    private async Task<WebhookDetailsViewModel> DetailsAsync(Guid id, DeliveryFilter filter, RedeliverFailedForm redeliver)
    {
        var webhook = await Sender.Send(new GetWebhookQuery(id), HttpContext.RequestAborted);
        var deliveries = await Sender.Send(
            new GetWebhookDeliveriesQuery(id, filter.Status, Math.Max(1, filter.Page), PageSize), HttpContext.RequestAborted);
        return new WebhookDetailsViewModel(webhook, filter, deliveries, redeliver);
    }

    private RedirectToActionResult ShowSecretOnce(Guid id, string secret, bool rotated)
    {
        TempData[SecretKey] = secret;
        TempData[SecretOfKey] = id.ToString();
        TempData[SecretRotatedKey] = rotated;
        return RedirectToAction(nameof(Secret), new { id });
    }
}
