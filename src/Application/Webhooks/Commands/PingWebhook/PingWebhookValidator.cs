using FluentValidation;
namespace SupportDesk.Application.Webhooks.Commands.PingWebhook;

public sealed class PingWebhookValidator : AbstractValidator<PingWebhookCommand>
{
    public PingWebhookValidator() => RuleFor(c => c.Id).NotEmpty();
}
