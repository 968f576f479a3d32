using Serilog;
using SupportDesk.AdminPortal.Setup;
using SupportDesk.Application;
using SupportDesk.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext()
    .WriteTo.Console());

builder.Services.AddApplicationServices();
builder.Services.AddInfrastructureServices(builder.Configuration);
builder.Services.AddPortalServices();

var app = builder.Build();

// The WebApi migrates the shared database; a portal running alone sets Database:MigrateOnStartup=true.
await app.InitialiseDatabaseIfAskedAsync();

app.UsePortal();
app.Run();

public partial class Program;
