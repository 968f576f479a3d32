using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace SupportDesk.WebApi.FunctionalTests;

/// <summary>
/// One WebApi for the whole run, on real Kestrel (so request limits are the server's own), on a database created
/// afresh; tests reset the data, never the host.
/// </summary>
[SetUpFixture]
public sealed class FunctionalTestRun
{
    private static SupportDeskApiFactory? _factory;
    private static TestDatabase? _database;
    private static HttpClient? _http;
    private static SmtpReceiver? _mail;

    public static SupportDeskApiFactory Factory => _factory ?? throw NotStarted();

    public static TestDatabase Database => _database ?? throw NotStarted();

    /// <summary>One connection pool to the API for the run; each <see cref="ApiClient"/> adds its own token.</summary>
    public static HttpClient Http => _http ?? throw NotStarted();

    /// <summary>The SMTP server on 127.0.0.1 the API sends its email to (every test's; tests tell theirs apart by
    /// their unique addresses).</summary>
    public static SmtpReceiver Mail => _mail ?? throw NotStarted();

    public static int? MailPort => _mail?.Port;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _database = new TestDatabase();
        await _database.RecreateAsync();
        _mail = new SmtpReceiver();
        _factory = new SupportDeskApiFactory(SupportDeskApiFactory.Settings(_database.ConnectionString));
        _factory.UseKestrel(0);
        // Starting runs the API's own start-up: migrations, roles, the bootstrap manager.
        _factory.StartServer();
        _http = _factory.CreateClient();
        await _database.PrepareResetAsync(SupportDeskApiFactory.ManagerEmail);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _http?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_mail is not null)
        {
            await _mail.DisposeAsync();
        }
    }

    /// <summary>
    /// Empties the database between tests. The assignment scheduler is paused meanwhile: a run in the middle of the
    /// reset could write an event for a ticket being deleted.
    /// </summary>
    public static async Task ResetAsync()
    {
        var scheduler = await Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.Standby();
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while ((await scheduler.QueryFireInstances(new FireInstanceQuery())).Items.Count > 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(10);
            }

            await Database.ResetAsync();
            // What the token check kept of the accounts just reset (the manager's lockout, say) goes with them.
            (Factory.Services.GetRequiredService<Microsoft.Extensions.Caching.Memory.IMemoryCache>()
                as Microsoft.Extensions.Caching.Memory.MemoryCache)?.Clear();
        }
        finally
        {
            await scheduler.Start();
        }
    }

    private static InvalidOperationException NotStarted() => new("The functional test run has not started.");
}
