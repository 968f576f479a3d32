using SupportDesk.Domain.Webhooks;

namespace SupportDesk.AdminPortal.Views.Webhooks;

/// <summary>The delivery log's filter, bound from the query string so that a filtered log can be bookmarked.</summary>
public sealed record DeliveryFilter
{
    public DeliveryStatus? Status { get; init; }

    public int Page { get; init; } = 1;
}
