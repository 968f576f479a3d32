using FluentValidation;
namespace SupportDesk.Application.Webhooks.Commands.DeleteWebhook;

public sealed class DeleteWebhookValidator : AbstractValidator<DeleteWebhookCommand>
{
    public DeleteWebhookValidator() => RuleFor(c => c.Id).NotEmpty();
}
