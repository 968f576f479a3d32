using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace SupportDesk.WebApi.Errors;

/// <summary>
/// The framework's problem writers stay silent when the request's <c>Accept</c> names neither JSON type (MVC's looks
/// for an XML formatter and finds none), which left a 406, or a 401 to such a client, without a body. The API speaks
/// JSON only, so for those requests this writer, placed before the others, answers with the same
/// <c>application/problem+json</c> every other refusal has.
/// </summary>
internal sealed class AnyAcceptProblemWriter(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, IOptions<ProblemDetailsOptions> problems) : IProblemDetailsWriter
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private static readonly MediaTypeHeaderValue ProblemJson = new(ProducesProblemAttribute.MediaType);

    public bool CanWrite(ProblemDetailsContext context)
    {
        var accept = context.HttpContext.Request.GetTypedHeaders().Accept;
        return accept.Count > 0 && !accept.Any(type => Json.IsSubsetOf(type) || ProblemJson.IsSubsetOf(type));
    }

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Status ??= context.HttpContext.Response.StatusCode;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        problems.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(problem, problem.GetType(), json.Value.SerializerOptions,
            ProducesProblemAttribute.MediaType, context.HttpContext.RequestAborted));
    }
}
