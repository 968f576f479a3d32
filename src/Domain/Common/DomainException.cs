namespace SupportDesk.Domain.Common;

/// <summary>A business rule was broken. <see cref="Code"/> is stable and machine-readable (e.g.
/// <c>ticket.invalid_transition</c>); hosts show <see cref="Exception.Message"/> to people.</summary>
public class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
