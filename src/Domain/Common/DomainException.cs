namespace SupportDesk.Domain.Common;

/// <summary>A business rule was broken. <see cref="Code"/> is stable and machine-readable (e.g.
/// <c>ticket.invalid_transition</c>); hosts show <see cref="Exception.Message"/> to people.</summary>
public class DomainException(string code, string message) : Exception(message)
{
    private static readonly IReadOnlyDictionary<string, object?> NoDetails = new Dictionary<string, object?>();

    public string Code { get; } = code;

    /// <summary>Facts a client needs to act on the refusal (camelCase names, JSON-friendly values), beyond the
    /// message; an API host adds them to the problem response. Empty for most rules.</summary>
    public virtual IReadOnlyDictionary<string, object?> Details => NoDetails;
}
