using FluentValidation;
using SupportDesk.Application.Common.Validation;

namespace SupportDesk.Application.Webhooks.Queries.GetWebhooks;

public sealed class GetWebhooksValidator : AbstractValidator<GetWebhooksQuery>
{
    public GetWebhooksValidator() => this.AddPagingRules();
}
