using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace SupportDesk.WebApi.Errors;

internal static class ProblemSetup
{
    private static readonly Dictionary<int, string> CodesByStatus = new()
    {
        [StatusCodes.Status400BadRequest] = "request.invalid",
        [StatusCodes.Status401Unauthorized] = "auth.unauthenticated",
        [StatusCodes.Status403Forbidden] = "auth.forbidden",
        [StatusCodes.Status404NotFound] = "route.not_found",
        [StatusCodes.Status405MethodNotAllowed] = "route.method_not_allowed",
        [StatusCodes.Status406NotAcceptable] = "request.not_acceptable",
        [StatusCodes.Status413PayloadTooLarge] = "request.too_large",
        [StatusCodes.Status414UriTooLong] = "request.uri_too_long",
        [StatusCodes.Status415UnsupportedMediaType] = "request.unsupported_media_type",
        [StatusCodes.Status429TooManyRequests] = "request.rate_limited",
    };

    /// <summary>What the framework's own problems (challenges, unknown routes, media types) say, as they carry none.</summary>
    private static readonly Dictionary<int, string> DetailsByStatus = new()
    {
        [StatusCodes.Status400BadRequest] = "The request is not valid.",
        [StatusCodes.Status401Unauthorized] = "Sign in first: send the accessToken from POST /api/auth/token as a bearer token.",
        [StatusCodes.Status403Forbidden] = "Your account may not do this.",
        [StatusCodes.Status404NotFound] = "Nothing exists at this address.",
        [StatusCodes.Status405MethodNotAllowed] = "This address does not accept this method; the Allow header lists those it does.",
        [StatusCodes.Status406NotAcceptable] = "Every answer is JSON: accept application/json (or application/problem+json for errors).",
        [StatusCodes.Status413PayloadTooLarge] = "The request body is too large.",
        [StatusCodes.Status414UriTooLong] = "The request target is too long; send at most 8 KB of path and query.",
        [StatusCodes.Status415UnsupportedMediaType] = "Send the body as application/json in UTF-8.",
        [StatusCodes.Status429TooManyRequests] = "Too many requests; wait a minute and try again.",
    };

    /// <summary>Every error response is a problem with <c>code</c> and <c>traceId</c>, including those written by
    /// the framework (401/403 challenges, unknown routes, malformed bodies).</summary>
    public static IServiceCollection AddProblemResponses(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            problem.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
            if (!problem.Extensions.ContainsKey("code"))
            {
                problem.Extensions["code"] = CodesByStatus.GetValueOrDefault(problem.Status ?? 500, "server.error");
            }

            // The contract promises a detail on every problem; the framework writes none for its own.
            problem.Detail ??= DetailsByStatus.GetValueOrDefault(problem.Status ?? 500, "The request could not be handled.");
        });
        // First of the writers, for the clients the others leave without a body (Accept: application/xml).
        services.Insert(0, ServiceDescriptor.Singleton<IProblemDetailsWriter, AnyAcceptProblemWriter>());
        services.AddExceptionHandler<ProblemExceptionHandler>();

        // Model binding failures (malformed JSON, wrong types, unknown enum names, missing required fields).
        services.Configure<ApiBehaviorOptions>(options => options.InvalidModelStateResponseFactory = context =>
        {
            var errors = context.ModelState
                .Where(entry => entry.Value?.Errors.Count > 0)
                .ToDictionary(
                    entry => string.IsNullOrEmpty(entry.Key) ? "body" : entry.Key.TrimStart('$', '.'),
                    entry => entry.Value!.Errors.Select(e => string.IsNullOrEmpty(e.ErrorMessage)
                        ? "The value is not valid." : e.ErrorMessage).ToArray());
            var problem = ProblemExceptionHandler.Validation(errors);
            problem.Title = "The request is malformed";
            problem.Extensions["code"] = "request.invalid";
            problem.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
            return new BadRequestObjectResult(problem) { ContentTypes = { ProducesProblemAttribute.MediaType } };
        });
        return services;
    }
}
