using FluentValidation;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Conversation.Commands.UploadAttachment;

public sealed class UploadAttachmentValidator : AbstractValidator<UploadAttachmentCommand>
{
    public UploadAttachmentValidator()
    {
        RuleFor(c => c.Content).NotNull().WithMessage("Send the file as the multipart field 'file'.");
        RuleFor(c => c.FileName).MaximumLength(1024);
    }
}
