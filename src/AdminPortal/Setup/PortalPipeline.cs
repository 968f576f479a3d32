using Serilog;

namespace SupportDesk.AdminPortal.Setup;

public static class PortalPipeline
{
    public static WebApplication UsePortal(this WebApplication app)
    {
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
        app.UseAuthorization();

        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/health/live").AllowAnonymous();
        app.MapControllers();
        return app;
    }
}
