using System.ComponentModel.DataAnnotations;

namespace SupportDesk.AdminPortal.Views.Webhooks;

/// <summary>A subscription's settings, to create or edit one. Field names match <c>CreateWebhookCommand</c> and
/// <c>UpdateWebhookCommand</c>, so the validators' messages land next to the fields.</summary>
public sealed record WebhookForm
{
    public Guid Id { get; init; }

    [Display(Name = "URL")]
    public string? Url { get; init; }

    /// <summary>The checked event types, or <c>*</c> alone for every type.</summary>
    [Display(Name = "Events")]
    public List<string> Events { get; init; } = [];

    public string? Description { get; init; }
}
