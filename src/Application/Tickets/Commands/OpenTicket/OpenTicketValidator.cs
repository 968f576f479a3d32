using SupportDesk.Application.Common.Validation;
using FluentValidation;
using SupportDesk.Domain.Common;
using SupportDesk.Domain.Tickets;

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
        RuleFor(c => c.AttachmentIds).MaxItems(AttachmentRules.MaxPerTicket)
            .Must(ids => ids is null || ids.Distinct().Count() == ids.Count).WithMessage("Name each file once.");
        RuleForEach(c => c.AttachmentIds).NotEmpty();
    }
}
