using FluentValidation;

namespace SupportDesk.Application.Tickets.Commands.ReassignTicket;

public sealed class ReassignTicketValidator : AbstractValidator<ReassignTicketCommand>
{
    public ReassignTicketValidator()
    {
        RuleFor(c => c.TicketId).NotEmpty();
        // Null means "back to the queue"; an empty id is a client's mistake, not a choice.
        RuleFor(c => c.AgentId).NotEqual(Guid.Empty).WithMessage("'Agent' must be an agent's id, or null for the queue.");
    }
}
