using System.Reflection;

namespace SupportDesk.Application.Common.Behaviours;

/// <summary>Refuses a request whose <see cref="AuthorizeAttribute"/> the current user does not satisfy.</summary>
public sealed class AuthorizationBehaviour<TRequest, TResponse>(ICurrentUser user) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly AuthorizeAttribute[] Requirements =
        typeof(TRequest).GetCustomAttributes<AuthorizeAttribute>().ToArray();

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (Requirements.Length == 0)
        {
            return next();
        }

        if (user.UserId is null)
        {
            throw new UnauthorizedAccessException("Sign in first.");
        }

        foreach (var requirement in Requirements.Where(r => r.Roles.Length > 0))
        {
            var roles = requirement.Roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (!roles.Any(user.IsInRole))
            {
                throw new ForbiddenAccessException();
            }
        }

        return next();
    }
}
