using FluentValidation;
namespace SupportDesk.Application.Webhooks.Commands.UpdateWebhook;

public sealed class UpdateWebhookValidator : AbstractValidator<UpdateWebhookCommand>
{
    public UpdateWebhookValidator()
    {
        RuleFor(c => c.Id).NotEmpty();
        RuleFor(c => c.Url).WebhookUrl();
        RuleFor(c => c.Events).WebhookEvents();
        RuleFor(c => c.Description).WebhookDescription();
    }
}
