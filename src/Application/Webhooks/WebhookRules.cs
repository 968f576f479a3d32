using FluentValidation;
using SupportDesk.Application.Common.Validation;
using SupportDesk.Domain.Events;
using SupportDesk.Domain.Webhooks;

namespace SupportDesk.Application.Webhooks;

/// <summary>The shape of a subscription, shared by its create and update validators.</summary>
public static class WebhookRules
{
    public static IRuleBuilderOptions<T, string> WebhookUrl<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(WebhookSubscription.UrlLength).OneLine()
            .Must(url => Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
                && string.IsNullOrEmpty(uri.UserInfo) && string.IsNullOrEmpty(uri.Fragment))
            .WithMessage("'{PropertyName}' must be an absolute https address, without user name, password or fragment.");

    public static IRuleBuilderOptions<T, IReadOnlyList<string>> WebhookEvents<T>(this IRuleBuilder<T, IReadOnlyList<string>> rule) =>
        rule.NotEmpty().WithMessage("Name at least one event type, or \"*\" for all.")
            .MaxItems(EventTypes.All.Count + 1)
            .Must(types => types is null || types.All(t => t == EventTypes.Any || EventTypes.IsKnown(t)))
            .WithMessage($"Each event type is one of {string.Join(", ", EventTypes.All)}, or \"*\" for all.")
            .Must(types => types is null || !types.Contains(EventTypes.Any) || types.Count == 1)
            .WithMessage("\"*\" stands alone: it already means every type.");

    public static IRuleBuilderOptions<T, string?> WebhookDescription<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(WebhookSubscription.DescriptionLength).OneLine();
}
