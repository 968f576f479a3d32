using Serilog;
using SupportDesk.AdminPortal.Setup;
using SupportDesk.Application;
using SupportDesk.Infrastructure;
using SupportDesk.Infrastructure.Data;
using SupportDesk.Infrastructure.Metrics;
using SupportDesk.Infrastructure.Web;

var builder = WebApplication.CreateBuilder(args);

// Outside Development, the development JWT key and the .env.example placeholders are refused before anything runs.
PublicSecrets.Refuse(builder.Configuration, builder.Environment);

// The console is written by one background thread, as in the WebApi: no request waits on the console's lock.
builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext()
    .WriteTo.Async(sink => sink.Console()));

builder.Services.AddApplicationServices();
builder.Services.AddInfrastructureServices(builder.Configuration);
builder.Services.AddPortalServices(builder.Configuration, builder.Environment);
// OpenTelemetry metrics: a Prometheus scrape endpoint and/or OTLP, per Metrics:* (README, Metrics).
builder.AddDeskMetrics("supportdesk-portal");
builder.Services.AddLiveFeed(builder.Configuration);

var app = builder.Build();

// Migrations, roles and the bootstrap manager, when Database:MigrateOnStartup is true. The portal's appsettings turn
// it off (the WebApi owns the schema); a portal running alone turns it on.
await app.Services.InitialiseDatabaseAsync();

app.UsePortal();
app.Run();

public partial class Program;
