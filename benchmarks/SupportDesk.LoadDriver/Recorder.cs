using System.Collections.Concurrent;
using System.Diagnostics;

namespace SupportDesk.LoadDriver;

/// <summary>The calls of one operation (e.g. "POST /api/tickets"): every latency and every status.</summary>
public sealed class Operation(string name)
{
    private readonly ConcurrentQueue<double> _okMilliseconds = new();
    private readonly ConcurrentDictionary<int, int> _statuses = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan? _stoppedAt;

    public string Name { get; } = name;

    public int Count => _statuses.Values.Sum();

    public int OkCount => _okMilliseconds.Count;

    public void Record<T>(Outcome<T> outcome) => Record(outcome.Status, outcome.Milliseconds);

    public void Record(int status, double milliseconds)
    {
        _statuses.AddOrUpdate(status, 1, (_, count) => count + 1);
        if (status is >= 200 and < 300)
        {
            _okMilliseconds.Enqueue(milliseconds);
        }
    }

    /// <summary>Restarts the throughput clock: call when the measured phase starts.</summary>
    public void StartClock() => _clock.Restart();

    public void StopClock() => _stoppedAt ??= _clock.Elapsed;

    public OperationSummary Summarise()
    {
        var sorted = _okMilliseconds.ToArray();
        Array.Sort(sorted);
        var seconds = (_stoppedAt ?? _clock.Elapsed).TotalSeconds;
        return new OperationSummary(
            Name,
            Count,
            sorted.Length,
            _statuses.Where(s => s.Key is < 200 or >= 300).OrderBy(s => s.Key).ToDictionary(s => s.Key == 0 ? "no response" : s.Key.ToString(), s => s.Value),
            Math.Round(sorted.Length / Math.Max(seconds, 0.001), 1),
            Percentile(sorted, 0.50),
            Percentile(sorted, 0.95),
            Percentile(sorted, 0.99),
            sorted.Length == 0 ? 0 : Math.Round(sorted[^1], 1));
    }

    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : Math.Round(sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)], 1);
}

public sealed record OperationSummary(string Operation, int Requests, int Ok, Dictionary<string, int> Failures,
    double PerSecond, double P50, double P95, double P99, double Max);

/// <summary>Prints every couple of seconds what the running scenario has done, so a long run shows it is alive.</summary>
public sealed class Progress : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public Progress(string scenario, IReadOnlyCollection<Operation> operations, Func<string>? extra = null)
    {
        _loop = Task.Run(async () =>
        {
            var clock = Stopwatch.StartNew();
            var last = operations.ToDictionary(o => o.Name, _ => 0);
            while (!_stop.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(2), _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                var parts = operations.Select(o =>
                {
                    var now = o.Count;
                    var rate = (now - last[o.Name]) / 2.0;
                    last[o.Name] = now;
                    return $"{o.Name} {now} ({rate:F0}/s)";
                });
                Console.WriteLine($"  [{scenario} {clock.Elapsed:mm\\:ss}] {string.Join(", ", parts)}{(extra is null ? "" : ", " + extra())}");
            }
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}

/// <summary>
/// The largest resident set of each process watched (the WebApi's memory under load) and the CPU time it used while
/// watched, read from /proc.
/// </summary>
public sealed class MemoryWatch : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<int, long> _peakKb = new();
    private readonly Dictionary<int, long> _cpuTicksAtStart;
    private readonly int[] _watched;
    private readonly Task _loop;

    public MemoryWatch(IEnumerable<int> pids)
    {
        var watched = _watched = pids.ToArray();
        _cpuTicksAtStart = watched.ToDictionary(pid => pid, pid => CpuTicks(pid) ?? 0);
        _loop = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                foreach (var pid in watched)
                {
                    if (ResidentKb(pid) is { } kb)
                    {
                        _peakKb.AddOrUpdate(pid, kb, (_, peak) => Math.Max(peak, kb));
                    }
                }

                try
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(250), _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        });
    }

    public Dictionary<string, double> PeakMegabytes() =>
        _peakKb.OrderBy(p => p.Key).ToDictionary(p => $"pid {p.Key}", p => Math.Round(p.Value / 1024.0, 1));

    /// <summary>CPU seconds (user + system) each watched process used since the watch began.</summary>
    public Dictionary<string, double> CpuSeconds() => _watched
        .Where(pid => CpuTicks(pid) is not null)
        .ToDictionary(pid => $"CPU seconds used by pid {pid}", pid => Math.Round((CpuTicks(pid)!.Value - _cpuTicksAtStart[pid]) / 100.0, 1));

    public static long? CpuTicks(int pid)
    {
        try
        {
            // Fields 14 and 15 of /proc/<pid>/stat, after the command name in parentheses: utime and stime, in ticks.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11]) + long.Parse(fields[12]);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private static long? ResidentKb(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
