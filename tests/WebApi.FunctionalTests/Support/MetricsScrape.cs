using System.Globalization;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace SupportDesk.WebApi.FunctionalTests.Support;

/// <summary>
/// One scrape of the Prometheus endpoint, parsed: every sample line <c>name{label="value",…} number</c>. Counters of
/// the suite's API add up over the whole run, so tests compare two scrapes rather than read absolute values.
/// </summary>
public sealed partial class MetricsScrape
{
    /// <summary>The suite's scrape token (Metrics:Prometheus:BearerToken of the suite's API).</summary>
    public const string Token = "functional-tests-scrape-token-0123456789";

    private readonly List<(string Name, Dictionary<string, string> Labels, double Value)> _samples = [];

    private MetricsScrape(string text)
    {
        Text = text;
        foreach (var line in text.Split('\n'))
        {
            var match = Sample().Match(line);
            if (!match.Success)
            {
                continue;
            }

            var labels = Label().Matches(match.Groups["labels"].Value)
                .ToDictionary(m => m.Groups["key"].Value, m => m.Groups["value"].Value);
            if (double.TryParse(match.Groups["value"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                _samples.Add((match.Groups["name"].Value, labels, value));
            }
        }
    }

    /// <summary>The exposition text as served.</summary>
    public string Text { get; }

    public IEnumerable<string> Names => _samples.Select(s => s.Name).Distinct();

    public bool Has(string name) => _samples.Any(s => s.Name == name);

    /// <summary>The sum of the samples of <paramref name="name"/> that carry all of <paramref name="labels"/> (0 when none).</summary>
    public double Value(string name, params (string Key, string Value)[] labels) => _samples
        .Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Key, out var v) && v == l.Value))
        .Sum(s => s.Value);

    /// <summary>Scrapes with the suite's token, expecting 200.</summary>
    public static async Task<MetricsScrape> TakeAsync(HttpClient http, string? token = Token, string path = "/metrics")
    {
        using var response = await SendAsync(http, token, path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        return new MetricsScrape(text);
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, string? token, string path = "/metrics")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await http.SendAsync(request);
    }

    public override string ToString() => Text;

    [GeneratedRegex("""^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})?\s+(?<value>[^\s]+)(\s+\d+)?\s*$""")]
    private static partial Regex Sample();

    [GeneratedRegex(@"(?<key>[a-zA-Z_][a-zA-Z0-9_]*)=""(?<value>(\\.|[^""\\])*)""")]
    private static partial Regex Label();
}
