using SupportDesk.Application.Common.Validation;
using FluentValidation;
using SupportDesk.Domain.Common;

namespace SupportDesk.Application.Tickets.Commands.OpenTicket;

public sealed class OpenTicketValidator : AbstractValidator<OpenTicketCommand>
{
    public OpenTicketValidator()
    {
        RuleFor(c => c.OrderId).NotEmpty();
        RuleFor(c => c.OrderLineId).NotEmpty();
        RuleFor(c => c.Quantity).InclusiveBetween(1, Limits.MaxLineQuantity);
        RuleFor(c => c.Reason).IsInEnum();
        RuleFor(c => c.Description).NotEmpty().MaximumLength(Limits.DescriptionLength).MultiLine();
        this.AttachmentIds(c => c.AttachmentIds);
    }
}
