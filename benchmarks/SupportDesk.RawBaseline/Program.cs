// The raw baseline of issue 6 (docs/benchmarks.md). NOT part of the product.
//
// The WebApi's ticket insert, ticket list and ticket detail done the shortest way this stack allows: minimal API
// endpoints and hand-written SQL on plain MySqlConnector. No EF Core, no MediatR, no validation pipeline, no
// authentication, no request logging. Run against the same database as the WebApi, the load driver's figures for
// the two give the cost of our layers as a ratio.
//
//   ConnectionStrings__SupportDesk="Server=127.0.0.1;User ID=…;Password=…;Database=…" \
//   dotnet run -c Release --project benchmarks/SupportDesk.RawBaseline -- --urls http://127.0.0.1:5199
using MySqlConnector;
using SupportDesk.RawBaseline;

var builder = WebApplication.CreateBuilder(args);

// Warnings only: a console line per request would cost more than some of the queries being measured.
builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);

var connectionString = builder.Configuration.GetConnectionString("SupportDesk")
    ?? throw new InvalidOperationException("Set ConnectionStrings:SupportDesk (environment: ConnectionStrings__SupportDesk).");
// The WebApi reads every time as UTC (its value converter); so does the baseline, and the JSON says "Z" alike.
var settings = new MySqlConnectionStringBuilder(connectionString) { DateTimeKind = MySqlDateTimeKind.Utc };
builder.Services.AddSingleton(new MySqlDataSourceBuilder(settings.ConnectionString).Build());
builder.Services.AddSingleton<RawTickets>();
// Web defaults (camelCase) as the WebApi; statuses, reasons and outcomes are the strings the columns hold.
builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.PropertyNamingPolicy =
    System.Text.Json.JsonNamingPolicy.CamelCase);

var app = builder.Build();

var tickets = app.MapGroup("/raw/tickets");
tickets.MapPost("/", (OpenTicketRequest request, RawTickets raw, CancellationToken ct) => raw.OpenAsync(request, ct));
tickets.MapGet("/", (string[]? status, Guid? customerId, RawTickets raw, CancellationToken ct, int page = 1,
    int pageSize = 20) => raw.ListAsync(status ?? [], customerId, page, pageSize, ct));
tickets.MapGet("/{id:guid}", (Guid id, RawTickets raw, CancellationToken ct) => raw.GetAsync(id, ct));

// The same path as the WebApi's readiness check, so the same scripts can wait for either.
app.MapGet("/health/ready", async (MySqlDataSource database, CancellationToken ct) =>
{
    await using var connection = await database.OpenConnectionAsync(ct);
    await using var ping = new MySqlCommand("SELECT 1", connection);
    await ping.ExecuteScalarAsync(ct);
    return Results.Ok(new { status = "Healthy" });
});

app.Run();
