using Serilog;
using SupportDesk.Application;
using SupportDesk.Infrastructure;
using SupportDesk.Infrastructure.Data;
using SupportDesk.Infrastructure.Metrics;
using SupportDesk.Infrastructure.Web;
using SupportDesk.WebApi.Setup;

var builder = WebApplication.CreateBuilder(args);

// Outside Development, the development JWT key and the .env.example placeholders are refused before anything runs.
PublicSecrets.Refuse(builder.Configuration, builder.Environment);

// The console is written by one background thread (Serilog.Sinks.Async): a synchronous console sink serialises every
// request's log line behind one lock, and under load the requests queued on it (docs/benchmarks.md, issue 15).
builder.Host.UseSerilog((context, logging) => logging
    .ReadFrom.Configuration(context.Configuration)
    .Enrich.FromLogContext()
    .WriteTo.Async(sink => sink.Console()));

builder.Services
    .AddApplicationServices()
    .AddInfrastructureServices(builder.Configuration)
    .AddWebApiServices(builder.Configuration, builder.Environment);
// OpenTelemetry metrics: a Prometheus scrape endpoint and/or OTLP, per Metrics:* (README, Metrics).
builder.AddDeskMetrics("supportdesk-api");

var app = builder.Build();

// Migrations, roles, the bootstrap manager and (Seed:Demo) demo data, before the first request.
await app.Services.InitialiseDatabaseAsync();

app.UseWebApiPipeline();
app.Run();

/// <summary>The API's entry point; public so that the functional tests can host it.</summary>
public partial class Program;
