namespace SupportDesk.WebApi.Contracts;

/// <summary>
/// Names the use case's request whose validator checks what this API request or operation carries, so that the
/// OpenAPI document states the same bounds the server enforces (see <see cref="Setup.ContractBounds"/>): on a request
/// record, for its body; on an action, for its query parameters.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class ValidatedAsAttribute(Type request) : Attribute
{
    /// <summary>The validated request type of the use case (a command or query).</summary>
    public Type Request { get; } = request;
}
