namespace SupportDesk.Application.Common.Exceptions;

/// <summary>A well-formed request that cannot be honoured and says no more than its code (a wrong, expired or used
/// confirmation code: which of them is not told). Nothing was changed, beyond counting the attempt.</summary>
public sealed class BadRequestException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
