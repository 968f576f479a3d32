using FluentValidation;

namespace SupportDesk.Application.Conversation.Commands.AttachToTicket;

public sealed class AttachToTicketValidator : AbstractValidator<AttachToTicketCommand>
{
    public AttachToTicketValidator()
    {
        RuleFor(c => c.TicketId).NotEmpty();
        RuleFor(c => c.Content).NotNull().WithMessage("Send the file as the multipart field 'file'.");
        RuleFor(c => c.FileName).MaximumLength(1024);
    }
}
