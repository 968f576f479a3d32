using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SupportDesk.WebApi.Setup;

/// <summary>
/// Every operation is rate limited (see RateLimits/ApiQuota): the document says so on each one, with the headers that
/// carry the caller's budget on every answer and the <c>Retry-After</c> of a 429.
/// </summary>
internal static class RateLimitHeadersDocument
{
    public static Task Apply(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (response is not OpenApiResponse known)
            {
                continue;
            }

            known.Headers ??= new Dictionary<string, IOpenApiHeader>();
            known.Headers["RateLimit-Policy"] = Header("The caller's budget (IETF ratelimit-headers draft): its policy name, q = requests per window, w = window in seconds; e.g. \"customer\";q=600;w=60.");
            known.Headers["RateLimit"] = Header("What is left of the budget: r = requests remaining, t = seconds until the window resets; e.g. \"customer\";r=599;t=42.");
            if (status == "429")
            {
                known.Headers["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds to wait before the budget allows another request.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "0", Maximum = "3600" },
                };
            }
        }

        return Task.CompletedTask;
    }

    private static OpenApiHeader Header(string description) => new()
    {
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 200 },
    };
}
