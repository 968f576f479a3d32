namespace SupportDesk.Application.Common.Exceptions;

/// <summary>The request collides with existing data (an email or order number already used).</summary>
public sealed class ConflictException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
