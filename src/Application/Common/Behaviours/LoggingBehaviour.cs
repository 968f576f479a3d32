using Microsoft.Extensions.Logging;
using SupportDesk.Domain.Common;

namespace SupportDesk.Application.Common.Behaviours;

/// <summary>
/// Logs every refused request (validation, not found, forbidden, conflict, broken rule) as a warning with the
/// request name, the user id and the stable code; unexpected failures are logged once, as errors, and rethrown
/// for the host to answer without details. Only ids are logged, never the request body (personal data).
/// </summary>
public sealed class LoggingBehaviour<TRequest, TResponse>(ILogger<LoggingBehaviour<TRequest, TResponse>> logger, ICurrentUser user)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var name = typeof(TRequest).Name;
        try
        {
            return await next();
        }
        catch (Exception ex) when (Refusal(ex) is { } code)
        {
            logger.LogWarning("{Request} by {UserId} refused: {Code}", name, user.UserId ?? "system", code);
            throw;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "{Request} by {UserId} failed unexpectedly", name, user.UserId ?? "system");
            throw;
        }
    }

    internal static string? Refusal(Exception ex) => ex switch
    {
        ValidationException => "validation",
        NotFoundException nf => nf.Code,
        ForbiddenAccessException f => f.Code,
        UnauthorizedAccessException => AuthErrorCodes.Unauthenticated,
        ConflictException c => c.Code,
        DomainException d => d.Code,
        _ => null,
    };
}
