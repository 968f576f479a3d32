using Microsoft.AspNetCore.Mvc;

namespace SupportDesk.WebApi.Errors;

/// <summary>
/// Declares that an operation can answer <c>statusCode</c> with an RFC 9457 problem
/// (<see cref="MediaType"/>): what the OpenAPI document lists for it, and the one place the media type is spelled.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class ProducesProblemAttribute(int statusCode)
    : ProducesResponseTypeAttribute(typeof(ProblemDetails), statusCode, MediaType)
{
    /// <summary>The media type of every error the API answers.</summary>
    public const string MediaType = "application/problem+json";
}
