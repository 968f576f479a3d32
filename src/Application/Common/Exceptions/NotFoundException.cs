namespace SupportDesk.Application.Common.Exceptions;

/// <summary>Nothing the caller may see exists under that key; also what another customer's data looks like.</summary>
public sealed class NotFoundException(string resource, object key)
    : Exception($"{resource} '{key}' was not found.")
{
    public string Resource { get; } = resource;

    public string Code => $"{Resource.ToLowerInvariant()}.not_found";
}
