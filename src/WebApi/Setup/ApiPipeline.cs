using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;
using Serilog;
using SupportDesk.Infrastructure.Metrics;
using SupportDesk.WebApi.RateLimits;

namespace SupportDesk.WebApi.Setup;

internal static class ApiPipeline
{
    public static WebApplication UseWebApiPipeline(this WebApplication app)
    {
        // First: behind a trusted proxy, the client's address and scheme are the forwarded ones from here on.
        app.UseForwardedHeaders();
        // The scrape endpoint (Metrics:Prometheus), before logging, authentication and rate limits.
        app.UseDeskMetrics();
        if (!app.Environment.IsDevelopment())
        {
            // Sent only on requests that came in over HTTPS (at the TLS terminator, when it is the proxy).
            app.UseHsts();
        }

        // Outermost, so the request log shows the status the client got (404, 409...), not the exception's 500.
        app.UseSerilogRequestLogging(logging => logging.EnrichDiagnosticContext = (diagnostics, http) =>
        {
            // Ids only: no bodies, no emails.
            diagnostics.Set("UserId", http.User.FindFirst(Auth.TokenIssuer.SubjectClaim)?.Value ?? "anonymous");
            diagnostics.Set("TraceId", System.Diagnostics.Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier);
        });
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use((context, next) =>
        {
            var target = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget ?? string.Empty;
            if (target.Length > ApiServices.MaxRequestTargetBytes)
            {
                // An empty 414: the status code pages above write the problem.
                context.Response.StatusCode = StatusCodes.Status414UriTooLong;
                return Task.CompletedTask;
            }

            return next(context);
        });
        // Before any work of the request's own (the token's check included): an overloaded process queues requests here
        // rather than running them all at once.
        var gate = app.Services.GetRequiredService<AdmissionGate>();
        app.Use((context, next) => gate.InvokeAsync(context, next));
        app.UseAuthentication();
        app.UseQuotaHeaders();
        app.UseRateLimiter();
        app.UseAuthorization();

        app.MapControllers();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/scalar", scalar => scalar.WithTitle("SupportDesk API")).AllowAnonymous();
        // Probes of the load balancer and the orchestrator are never refused: no rate limit on health.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResponseWriter = WriteHealth,
        }).AllowAnonymous().DisableRateLimiting();
        return app;
    }

    private static Task WriteHealth(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        }));
    }
}
