using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SupportDesk.LoadDriver;

/// <summary>What a scenario measured: its settings, its operations' figures and the facts it checked.</summary>
public sealed record ScenarioResult(
    string Scenario,
    string Target,
    DateTime StartedAt,
    Dictionary<string, string> Settings,
    IReadOnlyList<OperationSummary> Operations,
    Dictionary<string, double> Facts,
    Dictionary<string, double> PeakMemoryMegabytes);

/// <summary>Appends each result to results.json and results.md in the output folder, and prints it.</summary>
public sealed class Report(string folder)
{
    private readonly List<ScenarioResult> _results = Load(folder);

    public void Add(ScenarioResult result)
    {
        _results.Add(result);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "results.json"), JsonSerializer.Serialize(_results, new JsonSerializerOptions(Api.Json) { WriteIndented = true }));
        File.WriteAllText(Path.Combine(folder, "results.md"), string.Join("\n", _results.Select(Markdown)));
        Console.WriteLine();
        Console.WriteLine(Markdown(result));
    }

    public static string Markdown(ScenarioResult result)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"### {result.Scenario} — {result.Target}");
        text.AppendLine();
        text.AppendLine(string.Join(", ", result.Settings.Select(s => $"{s.Key} {s.Value}")));
        text.AppendLine();
        if (result.Operations.Count > 0)
        {
            text.AppendLine("| operation | requests | ok | failed | per second | p50 ms | p95 ms | p99 ms | max ms |");
            text.AppendLine("| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |");
            foreach (var o in result.Operations)
            {
                var failed = o.Failures.Count == 0 ? "0" : string.Join(", ", o.Failures.Select(f => $"{f.Value} × {f.Key}"));
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {o.Operation} | {o.Requests} | {o.Ok} | {failed} | {o.PerSecond:F1} | {o.P50:F1} | {o.P95:F1} | {o.P99:F1} | {o.Max:F1} |");
            }

            text.AppendLine();
        }

        foreach (var (name, value) in result.Facts)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {name}: {value:0.###}");
        }

        foreach (var (process, megabytes) in result.PeakMemoryMegabytes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- peak resident memory of {process}: {megabytes:F0} MB");
        }

        return text.ToString();
    }

    private static List<ScenarioResult> Load(string folder)
    {
        var path = Path.Combine(folder, "results.json");
        return File.Exists(path)
            ? JsonSerializer.Deserialize<List<ScenarioResult>>(File.ReadAllText(path), Api.Json) ?? []
            : [];
    }
}
