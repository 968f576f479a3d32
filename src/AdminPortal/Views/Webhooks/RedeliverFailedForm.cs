using System.ComponentModel.DataAnnotations;

namespace SupportDesk.AdminPortal.Views.Webhooks;

/// <summary>Sends again every failed delivery since a time (UTC), e.g. after the receiver was down for longer than
/// the 24 hours of retries.</summary>
public sealed record RedeliverFailedForm
{
    /// <summary>The field's name in the details page's model; the command's messages are put under it.</summary>
    public const string Prefix = nameof(WebhookDetailsViewModel.Redeliver);

    [Display(Name = "Failed since (UTC)")]
    public DateTime? Since { get; init; }
}
