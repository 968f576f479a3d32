using FluentValidation;
namespace SupportDesk.Application.Webhooks.Commands.RotateWebhookSecret;

public sealed class RotateWebhookSecretValidator : AbstractValidator<RotateWebhookSecretCommand>
{
    public RotateWebhookSecretValidator() => RuleFor(c => c.Id).NotEmpty();
}
