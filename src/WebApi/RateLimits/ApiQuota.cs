using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using SupportDesk.Infrastructure.Web;
using SupportDesk.WebApi.Auth;

namespace SupportDesk.WebApi.RateLimits;

/// <summary>
/// Who a request counts against, and the <c>RateLimit-Policy</c> / <c>RateLimit</c> headers (IETF httpapi
/// ratelimit-headers draft) that tell the client its budget: <c>RateLimit-Policy: "customer";q=600;w=60</c> and
/// <c>RateLimit: "customer";r=599;t=42</c> (requests left, seconds until the window ends).
/// </summary>
public static class ApiQuota
{
    private const string WindowItem = "SupportDesk.QuotaWindow";

    /// <summary>The partition a request counts against: its account (by role) or its client address.</summary>
    public static RateLimitPartition<string> Partition(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value;
        var windows = context.RequestServices.GetRequiredService<QuotaWindows>();
        var account = context.User.Identity?.IsAuthenticated == true ? context.User.FindFirst(TokenIssuer.SubjectClaim)?.Value : null;
        var (key, policy, permits) = account is null
            ? ($"address:{ClientAddress.Of(context)}", "anonymous", options.AnonymousPermitsPerMinute)
            : ForAccount(account, context, options);
        var window = windows.For(key, policy, permits);
        context.Items[WindowItem] = window;
        return RateLimitPartition.Get(key, partitionKey => new QuotaLimiter(partitionKey, window, windows));
    }

    /// <summary>Adds the headers to every response of a request that was counted (429s included).</summary>
    public static IApplicationBuilder UseQuotaHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                if (context.Items[WindowItem] is QuotaWindow window)
                {
                    var (remaining, reset) = window.Snapshot();
                    var seconds = (int)window.Window.TotalSeconds;
                    context.Response.Headers["RateLimit-Policy"] =
                        string.Create(CultureInfo.InvariantCulture, $"\"{window.Policy}\";q={window.Permits};w={seconds}");
                    context.Response.Headers["RateLimit"] =
                        string.Create(CultureInfo.InvariantCulture, $"\"{window.Policy}\";r={remaining};t={reset}");
                }

                return Task.CompletedTask;
            });
            await next();
        });

    private static (string Key, string Policy, int Permits) ForAccount(string account, HttpContext context, RateLimitingOptions options)
    {
        var (policy, permits) = options.ForRoles(context.User.FindAll(TokenIssuer.RoleClaim).Select(c => c.Value));
        return ($"account:{account}", policy, permits);
    }
}
