using FluentValidation;

namespace SupportDesk.Application.Tickets.Commands.ChangeTicketPriority;

public sealed class ChangeTicketPriorityValidator : AbstractValidator<ChangeTicketPriorityCommand>
{
    public ChangeTicketPriorityValidator()
    {
        RuleFor(c => c.TicketId).NotEmpty();
        RuleFor(c => c.Priority).IsInEnum();
    }
}
