using FluentValidation;
namespace SupportDesk.Application.Webhooks.Queries.GetWebhook;

public sealed class GetWebhookValidator : AbstractValidator<GetWebhookQuery>
{
    public GetWebhookValidator() => RuleFor(q => q.Id).NotEmpty();
}
