namespace SupportDesk.Application.Common.Exceptions;

/// <summary>The caller is known but may not do this.</summary>
public sealed class ForbiddenAccessException(string message = "You are not allowed to do this.") : Exception(message)
{
    public string Code => AuthErrorCodes.Forbidden;
}
