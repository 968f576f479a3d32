using SupportDesk.Domain.Common;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Common.Exceptions;

/// <summary>
/// The one table of what each refusal the use cases throw means, as the HTTP status the contract gives it. The API's
/// problem handler and the portal's exception filter both answer with it, so the two hosts cannot disagree (they
/// did: "another agent's ticket" was 403 in the API and 409 in the portal). Anything not in the table is a failure
/// of ours, not a refusal: the hosts log it and answer 500 (or 503 when the database is away).
/// </summary>
public static class RefusalStatus
{
    public const int BadRequest = 400;
    public const int Unauthenticated = 401;
    public const int Forbidden = 403;
    public const int NotFound = 404;
    public const int Conflict = 409;
    public const int ContentTooLarge = 413;
    public const int UnsupportedMediaType = 415;

    /// <summary>The status for <paramref name="exception"/>, or null when it is not a refusal.</summary>
    public static int? Of(Exception exception) => exception switch
    {
        ValidationException => BadRequest,
        BadRequestException => BadRequest,
        UnauthorizedAccessException => Unauthenticated,
        ForbiddenAccessException => Forbidden,
        // Rule 4 is about who may act, not about the ticket's state: forbidden, as for any other role check.
        TicketNotHeldByAgentException => Forbidden,
        MessageNotAllowedException => Forbidden,
        AttachmentNotAvailableException => BadRequest,
        AttachmentTooLargeException => ContentTooLarge,
        UnsupportedAttachmentTypeException => UnsupportedMediaType,
        NotFoundException => NotFound,
        ConflictException => Conflict,
        DomainException => Conflict,
        _ => null,
    };
}
