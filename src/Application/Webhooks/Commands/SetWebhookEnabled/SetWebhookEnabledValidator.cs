using FluentValidation;

namespace SupportDesk.Application.Webhooks.Commands.SetWebhookEnabled;

public sealed class SetWebhookEnabledValidator : AbstractValidator<SetWebhookEnabledCommand>
{
    public SetWebhookEnabledValidator() => RuleFor(c => c.Id).NotEmpty();
}
