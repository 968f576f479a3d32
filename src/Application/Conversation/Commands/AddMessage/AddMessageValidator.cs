using FluentValidation;
using SupportDesk.Application.Common.Validation;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Conversation.Commands.AddMessage;

public sealed class AddMessageValidator : AbstractValidator<AddMessageCommand>
{
    public AddMessageValidator()
    {
        RuleFor(c => c.TicketId).NotEmpty();
        RuleFor(c => c.Body).NotEmpty().MaximumLength(TicketMessage.BodyLength).MultiLine();
        this.AttachmentIds(c => c.AttachmentIds);
    }
}
