using SupportDesk.Domain.Events;

namespace SupportDesk.Domain.Webhooks;

/// <summary>
/// A shop's system asking for events at a URL. Owned by the account that created it. The signing secret is kept
/// protected (<see cref="StoredSecret"/>); after a rotation the previous one signs too, for a day, so the receiver
/// can switch without losing a delivery. A subscription that has not had one successful delivery for
/// <see cref="RetrySchedule.Window"/> is disabled, with the reason, until someone enables it again.
/// </summary>
public sealed class WebhookSubscription : Entity, IVersioned
{
    public const int UrlLength = 2000;
    public const int DescriptionLength = 500;
    public const int ReasonLength = 500;

    private WebhookSubscription()
    {
        OwnerUserId = null!;
        Url = null!;
        Events = null!;
        StoredSecret = null!;
    }

    public WebhookSubscription(string ownerUserId, string url, IEnumerable<string> events, string? description,
        string storedSecret, DateTime now)
    {
        OwnerUserId = Guard.NotBlank(ownerUserId, WebhookErrorCodes.Invalid, "Owner", 450);
        Url = CheckUrl(url);
        Events = CheckEvents(events);
        Description = CheckDescription(description);
        StoredSecret = Guard.NotBlank(storedSecret, WebhookErrorCodes.Invalid, "Secret", 2000);
        Status = SubscriptionStatus.Active;
        CreatedAt = Guard.Utc(now);
    }

    public string OwnerUserId { get; private set; }

    public string Url { get; private set; }

    /// <summary>The event types it receives, space-separated, or <c>*</c> for all.</summary>
    public string Events { get; private set; }

    public string? Description { get; private set; }

    public SubscriptionStatus Status { get; private set; }

    /// <summary>Why it was disabled: by whom, or after how long without a successful delivery.</summary>
    public string? DisabledReason { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public string StoredSecret { get; private set; }

    public string? PreviousStoredSecret { get; private set; }

    public DateTime? PreviousSecretExpiresAt { get; private set; }

    public DateTime? LastSuccessAt { get; private set; }

    /// <summary>The first failed attempt since the last success; null while deliveries succeed.</summary>
    public DateTime? FailingSince { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<string> EventTypes => Events.Split(' ');

    public bool IsActive => Status == SubscriptionStatus.Active;

    /// <summary>Whether an event of <paramref name="type"/> is delivered here (a ping only when addressed to it).
    /// Events about the staff reach a subscription only when its owner is a manager, <c>*</c> included; the desk's own
    /// signals never do.</summary>
    public bool Wants(string type, bool ownerIsManager) => type != Domain.Events.EventTypes.Ping
        && !Domain.Events.EventTypes.IsForDeskOnly(type)
        && (ownerIsManager || !Domain.Events.EventTypes.IsForManagersOnly(type))
        && (Events == Domain.Events.EventTypes.Any || EventTypes.Contains(type, StringComparer.Ordinal));

    /// <summary>The stored secrets that sign a delivery at <paramref name="now"/>: the current one, and the previous
    /// one during the day after a rotation.</summary>
    public IReadOnlyList<string> SigningSecrets(DateTime now) =>
        PreviousStoredSecret is not null && PreviousSecretExpiresAt > now ? [StoredSecret, PreviousStoredSecret] : [StoredSecret];

    /// <summary>New settings; <paramref name="enabled"/> null leaves the subscription enabled or disabled as it is.</summary>
    public void Change(string url, IEnumerable<string> events, string? description, bool? enabled, string changedBy)
    {
        var checkedUrl = CheckUrl(url);
        var checkedEvents = CheckEvents(events);
        var checkedDescription = CheckDescription(description);
        Url = checkedUrl;
        Events = checkedEvents;
        Description = checkedDescription;
        if (enabled is { } on)
        {
            SetEnabled(on, changedBy);
        }
    }

    /// <summary>Enables it, or disables it saying who did.</summary>
    public void SetEnabled(bool enabled, string changedBy)
    {
        if (enabled)
        {
            Enable();
        }
        else
        {
            Disable($"Disabled by {changedBy}");
        }
    }

    public void Enable()
    {
        if (Status == SubscriptionStatus.Active)
        {
            return;
        }

        Status = SubscriptionStatus.Active;
        DisabledReason = null;
        // A fresh start: the 24 hours without success count again from the next failure.
        FailingSince = null;
    }

    public void Disable(string reason)
    {
        if (Status == SubscriptionStatus.Disabled)
        {
            return;
        }

        Status = SubscriptionStatus.Disabled;
        DisabledReason = Guard.NotBlank(reason, WebhookErrorCodes.Invalid, "Reason", ReasonLength);
    }

    /// <summary>A new secret signs from now on; the previous one goes on signing for a day.</summary>
    public void RotateSecret(string storedSecret, DateTime now)
    {
        var secret = Guard.NotBlank(storedSecret, WebhookErrorCodes.Invalid, "Secret", 2000);
        PreviousStoredSecret = StoredSecret;
        PreviousSecretExpiresAt = Guard.Utc(now) + TimeSpan.FromHours(24);
        StoredSecret = secret;
    }

    /// <summary>How stale <see cref="LastSuccessAt"/> may get before a success is written again: under load every
    /// delivery succeeds, and one write per delivery on the subscription's row would make them queue on it.</summary>
    public static readonly TimeSpan SuccessResolution = TimeSpan.FromMinutes(1);

    /// <summary>Records a delivered attempt.</summary>
    /// <returns>Whether anything changed worth saving.</returns>
    public bool RecordSuccess(DateTime now)
    {
        Guard.Utc(now);
        if (FailingSince is null && LastSuccessAt >= now - SuccessResolution)
        {
            return false;
        }

        LastSuccessAt = now;
        FailingSince = null;
        return true;
    }

    /// <summary>Records a failed attempt. The subscription is disabled when nothing has succeeded for
    /// <see cref="RetrySchedule.Window"/>: 24 hours of failures, or a delivery that used up its 24 hours of retries
    /// without any success since its first attempt.</summary>
    /// <param name="now">When the attempt failed.</param>
    /// <param name="gaveUpOnDeliveryFrom">When the failed delivery's retries started, if this failure was its last.</param>
    /// <returns>Whether anything changed worth saving.</returns>
    public bool RecordFailure(DateTime now, DateTime? gaveUpOnDeliveryFrom = null)
    {
        Guard.Utc(now);
        var changed = FailingSince is null;
        FailingSince ??= now;
        var nothingSince = now - FailingSince.Value >= RetrySchedule.Window
            || (gaveUpOnDeliveryFrom is { } start && FailingSince.Value <= start);
        if (Status == SubscriptionStatus.Active && nothingSince)
        {
            Disable($"No delivery succeeded for 24 hours (failing since {FailingSince.Value:yyyy-MM-dd HH:mm} UTC)");
            changed = true;
        }

        return changed;
    }

    private static string CheckUrl(string url)
    {
        var text = Guard.NotBlank(url, WebhookErrorCodes.Invalid, "URL", UrlLength);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new DomainException(WebhookErrorCodes.Invalid,
                "The URL is an absolute http or https address, without user name, password or fragment.");
        }

        return text;
    }

    private static string CheckEvents(IEnumerable<string> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var types = events.Distinct(StringComparer.Ordinal).ToList();
        if (types.Count == 0)
        {
            throw new DomainException(WebhookErrorCodes.Invalid, "Name at least one event type, or \"*\" for all.");
        }

        if (types.Contains(Domain.Events.EventTypes.Any))
        {
            if (types.Count > 1)
            {
                throw new DomainException(WebhookErrorCodes.Invalid, "\"*\" stands alone: it already means every type.");
            }

            return Domain.Events.EventTypes.Any;
        }

        var unknown = types.Where(t => !Domain.Events.EventTypes.IsKnown(t)).ToList();
        if (unknown.Count > 0)
        {
            throw new DomainException(WebhookErrorCodes.Invalid, $"Unknown event type: {string.Join(", ", unknown)}.");
        }

        return string.Join(' ', Domain.Events.EventTypes.All.Where(types.Contains));
    }

    private static string? CheckDescription(string? description) => string.IsNullOrWhiteSpace(description)
        ? null
        : Guard.NotBlank(description, WebhookErrorCodes.Invalid, "Description", DescriptionLength);
}
