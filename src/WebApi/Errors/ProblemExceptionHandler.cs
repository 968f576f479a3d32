using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using SupportDesk.Application.Common.Exceptions;
using SupportDesk.Domain.Common;
using SupportDesk.Domain.Tickets;
using SupportDesk.Infrastructure.Data;

namespace SupportDesk.WebApi.Errors;

/// <summary>
/// Turns every failure into an RFC 9457 problem with a stable <c>code</c>: refusals keep their message, unexpected
/// failures say nothing of their cause (it is in the log, under the same trace id).
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Describe(exception);
        if (problem.Status >= 500)
        {
            logger.LogError(exception, "Request failed: {Code}", problem.Extensions["code"]);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    internal static ProblemDetails Describe(Exception exception) => RefusalStatus.Of(exception) is { } status
        ? Refusal(status, exception)
        : Failure(exception);

    /// <summary>A refusal of the use cases, with the status of the shared table and the exception's own code.</summary>
    private static ProblemDetails Refusal(int status, Exception exception) => exception switch
    {
        ValidationException v => Validation(v.Errors),
        BadRequestException b => Problem(status, "Bad request", b.Message, b.Code),
        NotFoundException nf => Problem(status, "Not found", nf.Message, nf.Code),
        DomainException d when status == StatusCodes.Status403Forbidden => Problem(status, "Forbidden", d.Message, d.Code),
        DomainException d when status == StatusCodes.Status413PayloadTooLarge => WithDetails(Problem(status, "Too large", d.Message, d.Code), d),
        DomainException d when status == StatusCodes.Status415UnsupportedMediaType => Problem(status, "Unsupported type", d.Message, d.Code),
        DomainException d when status == StatusCodes.Status400BadRequest => Problem(status, "Bad request", d.Message, d.Code),
        ForbiddenAccessException f => Problem(status, "Forbidden", f.Message, f.Code),
        UnauthorizedAccessException => Problem(status, "Unauthorized", "Sign in first.", "auth.unauthenticated"),
        ConflictException c => Problem(status, "Conflict", c.Message, c.Code),
        DomainException d => WithDetails(Problem(status, "Business rule", d.Message, d.Code), d),
        _ => Problem(status, "Refused", exception.Message, "request.refused"),
    };

    /// <summary>What is not a refusal: a bad request the server itself saw, a database away, or a bug.</summary>
    private static ProblemDetails Failure(Exception exception) => exception switch
    {
        // Kestrel's body size limit (413) is a bad request of its own kind: say so in the code, as the framework's own
        // 413 would.
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } b =>
            Problem(b.StatusCode, "Request too large", b.Message, "request.too_large"),
        BadHttpRequestException b => Problem(b.StatusCode, "Bad request", b.Message, "request.invalid"),
        JsonException => Problem(StatusCodes.Status400BadRequest, "Bad request", "The request body is not valid JSON.", "request.invalid"),
        // Bytes that are not text in the declared charset.
        System.Text.DecoderFallbackException => Problem(StatusCodes.Status400BadRequest, "Bad request",
            "The request body cannot be decoded as UTF-8 text.", "request.invalid"),
        // A unique index refused a row that a concurrent request wrote first (the use cases check the usual cases
        // and answer with their own code; this is the last line, so that a race is a conflict, never a 500).
        _ when DatabaseFailures.IsUniqueViolation(exception) => Problem(StatusCodes.Status409Conflict, "Conflict",
            "Another request wrote the same value at the same moment; reload and try again.", "request.conflict"),
        OperationCanceledException => Problem(499, "Cancelled", "The request was cancelled.", "request.cancelled"),
        _ when DatabaseFailures.IsUnavailable(exception) => Problem(StatusCodes.Status503ServiceUnavailable,
            "Service unavailable", "The database cannot be reached right now; try again shortly.", "service.unavailable"),
        _ => Problem(StatusCodes.Status500InternalServerError, "Server error",
            "Something went wrong on our side. It has been logged; quote the trace id when you report it.", "server.error"),
    };

    internal static ProblemDetails Validation(IDictionary<string, string[]> errors)
    {
        var problem = new ValidationProblemDetails(errors.ToDictionary(e => CamelCase(e.Key), e => e.Value))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Validation failed",
            Detail = "One or more fields are invalid; see errors.",
        };
        problem.Extensions["code"] = "request.validation";
        return problem;
    }

    private static ProblemDetails Problem(int status, string title, string detail, string code)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        problem.Extensions["code"] = code;
        return problem;
    }

    /// <summary>What a rule's refusal carries beyond its message (e.g. <c>returnableUntil</c>), as extension members.</summary>
    private static ProblemDetails WithDetails(ProblemDetails problem, DomainException exception)
    {
        foreach (var (name, value) in exception.Details)
        {
            problem.Extensions[name] = value;
        }

        return problem;
    }

    /// <summary><c>Lines[0].UnitPrice</c> → <c>lines[0].unitPrice</c>, as the JSON the client sent.</summary>
    private static string CamelCase(string path) =>
        string.Join('.', path.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
