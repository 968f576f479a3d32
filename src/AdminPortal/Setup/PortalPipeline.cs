using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Serilog;
using SupportDesk.Infrastructure.Metrics;

namespace SupportDesk.AdminPortal.Setup;

public static class PortalPipeline
{
    public static WebApplication UsePortal(this WebApplication app)
    {
        // First: behind a trusted proxy, the client's address and scheme are the forwarded ones from here on (HSTS and
        // the HTTPS redirection below see the original scheme).
        app.UseForwardedHeaders();
        // The scrape endpoint (Metrics:Prometheus), before the error pages, logging, authentication and rate limits.
        app.UseDeskMetrics();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseSerilogRequestLogging();
        app.UseRouting();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();

        app.MapStaticAssets().AllowAnonymous();
        // Live: the process answers. Ready: Infrastructure's checks (database, assignment scheduler) pass.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") })
            .AllowAnonymous();
        app.MapControllers();
        return app;
    }
}
