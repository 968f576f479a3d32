using System.Linq.Expressions;
using SupportDesk.Domain.Webhooks;

namespace SupportDesk.Application.Webhooks.Queries;

/// <summary>The one mapping of a delivery to its read model: translated to SQL for the log, compiled for answers.</summary>
public static class WebhookDeliveryReadModel
{
    private static readonly Expression<Func<WebhookDelivery, WebhookDeliveryDto>> Projection = d => new WebhookDeliveryDto
    {
        Id = d.Id,
        EventId = d.EventId,
        EventType = d.EventType,
        Status = d.Status,
        Attempts = d.Attempts,
        LastStatusCode = d.LastStatusCode,
        LastError = d.LastError,
        LastAttemptAt = d.LastAttemptAt,
        NextAttemptAt = d.NextAttemptAt,
        DurationMs = d.DurationMs,
        CreatedAt = d.CreatedAt,
    };

    private static readonly Func<WebhookDelivery, WebhookDeliveryDto> InMemory = Projection.Compile();

    public static IQueryable<WebhookDeliveryDto> ToDtos(this IQueryable<WebhookDelivery> deliveries) => deliveries.Select(Projection);

    public static WebhookDeliveryDto From(WebhookDelivery delivery) => InMemory(delivery);
}
