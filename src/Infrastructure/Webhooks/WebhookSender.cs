using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SupportDesk.Application.Events;
using SupportDesk.Application.Events.Queries;
using SupportDesk.Domain.Webhooks;
using SupportDesk.Infrastructure.Data;
using SupportDesk.Infrastructure.Metrics;

namespace SupportDesk.Infrastructure.Webhooks;

/// <summary>
/// Makes one leased attempt: posts the event, signed (Standard Webhooks), and records the answer on the delivery
/// and the subscription. The record is saved only while this process still holds the lease; a process that lost
/// it (it stalled past the lease) drops its record, and the attempt counts once, made by the lease's new holder.
/// </summary>
public sealed class WebhookSender(
    ApplicationDbContext db,
    IHttpClientFactory clients,
    IWebhookSecrets secrets,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    DeskMetrics metrics,
    ILogger<WebhookSender> logger)
{
    public const string ClientName = "webhooks";
    private const int MaxSubscriptionRetries = 10;

    /// <summary>Makes the attempt of a delivery leased to <paramref name="leaseOwner"/>; does nothing when the lease is gone.</summary>
    public async Task SendAsync(Guid deliveryId, string leaseOwner, CancellationToken cancellationToken)
    {
        var delivery = await db.WebhookDeliveries
            .SingleOrDefaultAsync(d => d.Id == deliveryId && d.LeaseOwner == leaseOwner, cancellationToken);
        if (delivery is null || delivery.Status != DeliveryStatus.Pending)
        {
            return;
        }

        var subscription = await db.WebhookSubscriptions.AsNoTracking().SingleAsync(s => s.Id == delivery.SubscriptionId, cancellationToken);
        var row = await db.IntegrationEvents.AsNoTracking().SingleAsync(e => e.Sequence == delivery.EventSequence, cancellationToken);
        var body = JsonSerializer.Serialize(EventDto.From(row), EventJson.Options);
        var started = clock.GetUtcNow();
        var timestamp = started.ToUnixTimeSeconds();
        var signature = WebhookSignature.Header(
            subscription.SigningSecrets(started.UtcDateTime).Select(secrets.Unprotect), row.EventId, timestamp, body);

        var (status, error, failure) = await PostAsync(subscription.Url, row.EventId, timestamp, signature, body, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        delivery.RecordAttempt(status, error, clock.GetUtcNow() - started, now, Random.Shared.NextDouble());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogWarning("Delivery {DeliveryId}: lease lost during the attempt; its new holder records it", deliveryId);
            return;
        }

        // Recorded once the attempt is (the lease's holder's record): an attempt whose record was dropped counts nowhere.
        if (delivery.Status == DeliveryStatus.Delivered)
        {
            metrics.WebhookDelivered(now - row.OccurredAt);
        }
        else
        {
            metrics.WebhookAttemptFailed(failure ?? WebhookFailure.HttpStatus, status);
        }

        await RecordOnSubscriptionAsync(delivery, now, cancellationToken);
        if (delivery.Status == DeliveryStatus.Failed)
        {
            logger.LogWarning("Delivery {DeliveryId} of {EventId} to {SubscriptionId} failed for good after {Attempts} attempts: {Error}",
                delivery.Id, delivery.EventId, delivery.SubscriptionId, delivery.Attempts, delivery.LastError);
        }
    }

    private async Task<(int? Status, string? Error, WebhookFailure? Failure)> PostAsync(string url, string id, long timestamp, string signature,
        string body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", signature);
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("SupportDesk-Webhooks", "1.0"));
        var timeout = TimeSpan.FromSeconds(options.Value.TimeoutSeconds);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(timeout);
        try
        {
            using var response = await clients.CreateClient(ClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attempt.Token);
            var code = (int)response.StatusCode;
            return code is >= 200 and < 300
                ? (code, null, null)
                : (code, $"The receiver answered {code} {response.ReasonPhrase}.", WebhookFailure.HttpStatus);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, $"No answer within {timeout.TotalSeconds:0} s.", WebhookFailure.Timeout);
        }
        catch (HttpRequestException ex)
        {
            return (null, ex.InnerException is WebhookAddressException refused ? refused.Message : $"Could not connect: {ex.Message}",
                WebhookFailure.Connection);
        }
    }

    /// <summary>Success or failure on the subscription, which parallel attempts update too: retried on conflict. Its
    /// figures are secondary to the delivery's own record, already saved: a conflict that persists is logged.</summary>
    private async Task RecordOnSubscriptionAsync(WebhookDelivery delivery, DateTime now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxSubscriptionRetries; attempt++)
        {
            db.ChangeTracker.Clear();
            var subscription = await db.WebhookSubscriptions.SingleOrDefaultAsync(s => s.Id == delivery.SubscriptionId, cancellationToken);
            if (subscription is null)
            {
                return;
            }

            var wasActive = subscription.IsActive;
            var changed = delivery.Status == DeliveryStatus.Delivered
                ? subscription.RecordSuccess(now)
                : subscription.RecordFailure(now, delivery.Status == DeliveryStatus.Failed ? delivery.WindowStart : null);
            if (!changed)
            {
                return;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                if (wasActive && !subscription.IsActive)
                {
                    logger.LogWarning("Webhook subscription {SubscriptionId} disabled: {Reason}", subscription.Id, subscription.DisabledReason);
                }

                return;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another attempt to the same subscription recorded its answer first: read it and apply ours on top.
                await Task.Delay(Random.Shared.Next(5, 50), cancellationToken);
            }
        }

        logger.LogWarning("Webhook subscription {SubscriptionId}: the outcome of delivery {DeliveryId} was not recorded on it after {Tries} conflicts",
            delivery.SubscriptionId, delivery.Id, MaxSubscriptionRetries);
    }
}
