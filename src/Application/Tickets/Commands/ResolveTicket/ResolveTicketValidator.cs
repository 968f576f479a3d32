using SupportDesk.Application.Common.Validation;
using FluentValidation;
using SupportDesk.Domain.Common;

namespace SupportDesk.Application.Tickets.Commands.ResolveTicket;

public sealed class ResolveTicketValidator : AbstractValidator<ResolveTicketCommand>
{
    public ResolveTicketValidator()
    {
        RuleFor(c => c.TicketId).NotEmpty();
        RuleFor(c => c.Outcome).IsInEnum();
        RuleFor(c => c.Note).NotEmpty().MaximumLength(Limits.ResolutionNoteLength).MultiLine();
    }
}
