using Roles = SupportDesk.Application.Common.Security.Roles;
using SupportDesk.Application.Conversation;
using SupportDesk.Application.Conversation.Commands.AddMessage;
using SupportDesk.Application.Conversation.Commands.AttachToTicket;
using SupportDesk.Application.Conversation.Commands.UploadAttachment;
using SupportDesk.Application.Conversation.Queries.GetAttachment;
using SupportDesk.Application.Conversation.Queries.GetMessages;
using SupportDesk.WebApi.Contracts;
using SupportDesk.WebApi.Errors;

namespace SupportDesk.WebApi.Controllers;

/// <summary>The conversation on a ticket: messages between the customer and the agent holding it, internal notes
/// between staff, and files as evidence (photos, documents).</summary>
[ProducesProblem(StatusCodes.Status401Unauthorized)]
[ProducesProblem(StatusCodes.Status403Forbidden)]
public sealed class ConversationController : ApiControllerBase
{
    /// <summary>The largest upload request: one file at the limit and the multipart framing around it.</summary>
    internal const long MaxUploadRequestBytes = Domain.Tickets.AttachmentRules.MaxBytes + 64 * 1024;

    /// <summary>Write to a ticket.</summary>
    /// <remarks>The ticket's customer and the agent holding it write to each other; a manager adds internal notes only (`internal: true`), a customer never does (403 `message.not_allowed`); another agent gets 403 `ticket.not_holder`. Another customer's ticket is 404. A resolved ticket takes no more messages: 409 `message.ticket_resolved`. `attachmentIds` shows files the author uploaded with the message (400 `attachment.not_available` for one that is not theirs or already shown); 409 `attachment.limit_reached` past 10 files on the ticket. A message to the customer emits `ticket.message_added`; an internal note emits nothing.</remarks>
    /// <param name="id">The ticket id.</param>
    /// <param name="request">The message.</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away.</param>
    [HttpPost("api/tickets/{id:guid}/messages")]
    [Authorize(Roles = $"{Roles.Customer},{Roles.Agent},{Roles.Manager}")]
    [ProducesResponseType<MessageDto>(StatusCodes.Status201Created)]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    [ProducesProblem(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<MessageDto>> AddMessage(Guid id, AddMessageRequest request, CancellationToken cancellationToken)
    {
        var message = await Sender.Send(new AddMessageCommand(id, request.Body, request.Internal, request.AttachmentIds), cancellationToken);
        return CreatedAtAction(nameof(ListMessages), new { id }, message);
    }

    /// <summary>Read a ticket's conversation.</summary>
    /// <remarks>Whoever may read the ticket: its customer, Agent, Manager, Integration; another customer's ticket is 404. Oldest first. Internal notes only for agents and managers: customers and the shop's systems never see one. A customer reads an agent's first name only.</remarks>
    /// <param name="id">The ticket id.</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away.</param>
    [HttpGet("api/tickets/{id:guid}/messages")]
    [Authorize(Roles = $"{Roles.Customer},{Roles.Agent},{Roles.Manager},{Roles.Integration}")]
    [ProducesResponseType<MessageList>(StatusCodes.Status200OK)]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    public Task<MessageList> ListMessages(Guid id, CancellationToken cancellationToken) =>
        Sender.Send(new GetMessagesQuery(id), cancellationToken);

    /// <summary>Attach a file to a ticket.</summary>
    /// <remarks>The ticket's customer or the agent holding it, as multipart field `file`. JPEG, PNG, WebP or PDF, recognised by the content, never by the name or declared type (a PNG named `.pdf` is stored as `image/png`, its name ending `.png`); anything else is 415 `attachment.unsupported_type`. At most 10 MB (413 `attachment.too_large`) and 10 files per ticket (409 `attachment.limit_reached`); 409 `message.ticket_resolved` on a resolved ticket. Nothing is stored for a refused file.</remarks>
    /// <param name="id">The ticket id.</param>
    /// <param name="file">The file.</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away.</param>
    [HttpPost("api/tickets/{id:guid}/attachments")]
    [Authorize(Roles = $"{Roles.Customer},{Roles.Agent}")]
    [Consumes("multipart/form-data")]
    [RequestSizeLimit(MaxUploadRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxUploadRequestBytes)]
    [ProducesResponseType<AttachmentDto>(StatusCodes.Status201Created)]
    [ProducesProblem(StatusCodes.Status400BadRequest)]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    [ProducesProblem(StatusCodes.Status409Conflict)]
    [ProducesProblem(StatusCodes.Status413PayloadTooLarge)]
    [ProducesProblem(StatusCodes.Status415UnsupportedMediaType)]
    public async Task<ActionResult<AttachmentDto>> AttachToTicket(Guid id, IFormFile? file, CancellationToken cancellationToken)
    {
        await using var content = file?.OpenReadStream();
        var attachment = await Sender.Send(new AttachToTicketCommand(id, file?.FileName, content!), cancellationToken);
        return CreatedAtAction(nameof(GetAttachment), new { id, attachmentId = attachment.Id }, attachment);
    }

    /// <summary>Download a ticket's file.</summary>
    /// <remarks>Whoever may read the ticket; a file shown with an internal note only for agents and managers. Anything else is 404. Served with its stored type, `Content-Disposition: attachment` and `X-Content-Type-Options: nosniff`.</remarks>
    /// <param name="id">The ticket id.</param>
    /// <param name="attachmentId">The attachment id.</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away.</param>
    [HttpGet("api/tickets/{id:guid}/attachments/{attachmentId:guid}")]
    [Authorize(Roles = $"{Roles.Customer},{Roles.Agent},{Roles.Manager},{Roles.Integration}")]
    [ProducesResponseType<Stream>(StatusCodes.Status200OK, "image/jpeg", "image/png", "image/webp", "application/pdf")]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> GetAttachment(Guid id, Guid attachmentId, CancellationToken cancellationToken)
    {
        var file = await Sender.Send(new GetAttachmentQuery(id, attachmentId), cancellationToken);
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>Upload a file before opening its ticket.</summary>
    /// <remarks>Customer only, as multipart field `file`; the same rules as a ticket's files (JPEG, PNG, WebP or PDF by content: 415 otherwise; at most 10 MB: 413). Name its id in `attachmentIds` when opening the ticket (`POST /api/tickets`). An upload no ticket takes within a day is deleted; at most 20 may wait at a time (409 `attachment.too_many_waiting`).</remarks>
    /// <param name="file">The file.</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away.</param>
    [HttpPost("api/attachments")]
    [Authorize(Roles = Roles.Customer)]
    [Consumes("multipart/form-data")]
    [RequestSizeLimit(MaxUploadRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxUploadRequestBytes)]
    [ProducesResponseType<AttachmentDto>(StatusCodes.Status201Created)]
    [ProducesProblem(StatusCodes.Status400BadRequest)]
    [ProducesProblem(StatusCodes.Status409Conflict)]
    [ProducesProblem(StatusCodes.Status413PayloadTooLarge)]
    [ProducesProblem(StatusCodes.Status415UnsupportedMediaType)]
    public async Task<ActionResult<AttachmentDto>> UploadAttachment(IFormFile? file, CancellationToken cancellationToken)
    {
        await using var content = file?.OpenReadStream();
        var attachment = await Sender.Send(new UploadAttachmentCommand(file?.FileName, content!), cancellationToken);
        return StatusCode(StatusCodes.Status201Created, attachment);
    }
}
