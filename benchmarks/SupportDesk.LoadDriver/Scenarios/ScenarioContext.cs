namespace SupportDesk.LoadDriver.Scenarios;

/// <summary>Everything a scenario runs against, from the command line.</summary>
public sealed class ScenarioContext(Options options, HttpClient http)
{
    public Options Options { get; } = options;

    /// <summary>The WebApi processes (<c>--api</c>, comma-separated); set-up goes through the first.</summary>
    public IReadOnlyList<Api> Apis { get; } = options.List("api").Select(url => new Api(http, new Uri(url))).ToList() is { Count: > 0 } apis
        ? apis
        : throw new ArgumentException("--api is required (one URL, or several separated by commas).");

    /// <summary>The raw baseline (<c>--raw</c>), when the scenario compares with it.</summary>
    public Api? Raw { get; } = options.Text("raw") is { } raw ? new Api(http, new Uri(raw)) : null;

    /// <summary>The database (<c>--mysql</c>), for the checks that ask it directly.</summary>
    public Verify? Database { get; } = options.Text("mysql") is { } mysql ? new Verify(mysql) : null;

    public int[] WatchedPids { get; } = options.List("pids").Select(int.Parse).ToArray();

    public Report Report { get; } = new(options.Text("out") ?? "benchmarks/results");

    public string Target => Apis.Count == 1 ? Apis[0].BaseAddress.ToString() : $"{Apis.Count} WebApi processes";

    public Task<DeskSetup> SetUpAsync() => DeskSetup.SignInAsync(Apis[0],
        Options.Text("manager-email") ?? "manager@bench.test", Options.Text("manager-password") ?? "Bench-Manager-1");

    public Verify RequireDatabase() => Database ?? throw new ArgumentException("This scenario needs --mysql (the database's connection string).");

    public void Add(string scenario, DateTime startedAt, Dictionary<string, string> settings, IEnumerable<Operation> operations,
        Dictionary<string, double> facts, MemoryWatch? memory, string? target = null) =>
        Report.Add(new ScenarioResult(scenario, target ?? Target, startedAt, settings,
            operations.Select(o => o.Summarise()).ToList(),
            memory is null ? facts : facts.Concat(memory.CpuSeconds()).ToDictionary(), memory?.PeakMegabytes() ?? []));

    /// <summary>Runs <paramref name="workers"/> loops until <paramref name="duration"/> is over (or the token fires).</summary>
    public static async Task RunForAsync(int workers, TimeSpan duration, Func<int, CancellationToken, Task> loop)
    {
        using var stop = new CancellationTokenSource(duration);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await loop(worker, stop.Token);
            }
        })));
    }
}
