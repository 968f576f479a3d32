using SupportDesk.LoadDriver;
using SupportDesk.LoadDriver.Scenarios;
using SupportDesk.LoadDriver.Seeding;
using SupportDesk.LoadDriver.Webhooks;

// The load driver of docs/benchmarks.md. benchmarks/run.sh starts the processes and calls it; it can also be run by
// hand against any SupportDesk:
//   dotnet run -c Release --project benchmarks/SupportDesk.LoadDriver -- <scenario> --api http://127.0.0.1:5080 [options]
const string Usage = """
    usage: SupportDesk.LoadDriver <scenario> --api URL[,URL] [options]
      open-ticket    --concurrency 16 --duration 30 --warmup 5 [--raw URL]
      assignment     --agents 20 --tickets 1000 --rate 20   (--rate 0: a burst from --concurrency customers)
      drain          --tickets 5000 --agents 50 --concurrency 16
      read           --mysql CONN --concurrency 8 --duration 30 [--raw URL]   (on a seeded database)
      two-instances  --api URL1,URL2 --mysql CONN --tickets 2000 --agents 10
      drill          --mysql CONN --duration 40 --ack-file PATH --fault "what the script does" [--pause-ms 0]
      feed           --limit 500   (reads GET /api/events from position 0 to the end)
    and, not a scenario:
      seed           --mysql CONN --tickets 1000000 [--customers 50000 --agents 100 --days 365]
                     fills a migrated database with a year of resolved tickets, for the read scenario
      receiver       --listen http://127.0.0.1:5290/ --secret whsec_... --record FILE [--delay-ms 0 --jitter-ms 0]
                     a webhook endpoint that verifies signatures and records every request, until stopped
      webhook-verify --mysql CONN --subscription ID --record FILE --after-position N [--settle 900 --name --fault]
                     waits for the deliveries to drain, then checks the record against the outbox (exit 1 on loss)
    common: --manager-email, --manager-password (the bootstrap manager), --out FOLDER (results.json, results.md),
            --pids PID[,PID] (WebApi processes whose peak resident memory is reported)
    """;

if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine(Usage);
    return args.Length == 0 ? 2 : 0;
}

var options = new Options(args.Skip(1));
using var http = Api.CreateHttpClient();
try
{
    if (args[0] == "seed")
    {
        var seeded = await BulkSeeder.RunAsync(new SeedOptions(options.Required("mysql"), options.Int("tickets", 1_000_000),
                options.Int("customers", 50_000), options.Int("agents", 100), options.Int("days", 365)),
            new Progress<string>(Console.WriteLine), CancellationToken.None);
        Console.WriteLine($"Seeded {seeded.Tickets:N0} tickets, {seeded.Events:N0} events, {seeded.Customers:N0} customers, " +
            $"{seeded.Orders:N0} orders, {seeded.Lines:N0} lines, {seeded.Agents:N0} agents in {seeded.Elapsed.TotalSeconds:F0} s " +
            $"({(seeded.Tickets + seeded.Events) / seeded.Elapsed.TotalSeconds:N0} ticket and event rows/s).");
        return 0;
    }

    if (args[0] == "receiver")
    {
        await WebhookReceiver.RunAsync(options);
        return 0;
    }

    if (args[0] == "webhook-verify")
    {
        await WebhookVerification.RunAsync(options);
        return 0;
    }

    var context = new ScenarioContext(options, http);
    await (args[0] switch
    {
        "open-ticket" => OpenTicketScenario.RunAsync(context),
        "assignment" => AssignmentScenario.RunAsync(context),
        "drain" => DrainScenario.RunAsync(context),
        "read" => ReadScenario.RunAsync(context),
        "two-instances" => WorkingDayScenario.RunAsync(context, drill: false),
        "drill" => WorkingDayScenario.RunAsync(context, drill: true),
        "feed" => FeedReadScenario.RunAsync(context),
        _ => throw new ArgumentException($"Unknown scenario '{args[0]}'.\n{Usage}"),
    });
    return 0;
}
catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
{
    Console.Error.WriteLine(ex.Message);
    return 1;
}
