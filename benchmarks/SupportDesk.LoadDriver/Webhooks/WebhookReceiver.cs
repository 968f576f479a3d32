using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace SupportDesk.LoadDriver.Webhooks;

/// <summary>
/// A shop's webhook endpoint for the drills and the latency benchmark (<c>receiver</c> mode): listens on
/// <c>--listen</c> (e.g. http://127.0.0.1:5290/), verifies every signature with <c>--secret</c>, appends one JSON line
/// per POST to <c>--record</c> (flushed at once, so a killed receiver loses nothing it answered), and answers 204
/// after <c>--delay-ms</c> plus up to <c>--jitter-ms</c> (a slow shop). A request whose signature does not verify is
/// recorded and answered 401. Runs until it is stopped (SIGTERM or Ctrl-C); a restart appends to the same file.
/// </summary>
public static class WebhookReceiver
{
    public static async Task RunAsync(Options options)
    {
        var prefix = options.Required("listen");
        var secret = options.Required("secret");
        var record = options.Required("record");
        var delay = options.Int("delay-ms", 0);
        var jitter = options.Int("jitter-ms", 0);

        using var listener = new HttpListener();
        listener.Prefixes.Add(prefix.EndsWith('/') ? prefix : prefix + "/");
        listener.Start();
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();

        await using var file = new StreamWriter(new FileStream(record, FileMode.Append, FileAccess.Write, FileShare.Read)) { AutoFlush = true };
        var gate = new object();
        var order = File.Exists(record) ? File.ReadLines(record).LongCount() : 0;
        Console.WriteLine($"receiver: listening on {prefix}, answering after {delay}-{delay + jitter} ms, recording to {record}");

        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().WaitAsync(stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or HttpListenerException or ObjectDisposedException)
            {
                break;
            }

            if (context.Request.HttpMethod != "POST")
            {
                // A script asking whether the receiver is up: answered, not recorded.
                context.Response.StatusCode = 200;
                context.Response.Close();
                continue;
            }

            _ = Task.Run(async () =>
            {
                var receipt = await ReadAsync(context.Request, secret);
                lock (gate)
                {
                    receipt = receipt with { Order = ++order };
                    file.WriteLine(JsonSerializer.Serialize(receipt, Api.Json));
                }

                if (delay + jitter > 0)
                {
                    await Task.Delay(delay + Random.Shared.Next(jitter + 1));
                }

                context.Response.StatusCode = receipt.SignatureValid ? 204 : 401;
                context.Response.Close();
            });
        }

        listener.Stop();
    }

    private static async Task<Receipt> ReadAsync(HttpListenerRequest request, string secret)
    {
        var receivedAt = DateTime.UtcNow;
        using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var id = request.Headers["webhook-id"];
        var timestamp = request.Headers["webhook-timestamp"];
        var valid = StandardWebhookSignature.Verify(secret, id, timestamp, body, request.Headers["webhook-signature"]);
        string? problem = valid ? null : "signature does not verify";
        if (valid && (!long.TryParse(timestamp, CultureInfo.InvariantCulture, out var seconds)
                || Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - seconds) > 300))
        {
            problem = "webhook-timestamp more than 5 minutes away";
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            var type = root.GetProperty("type").GetString();
            string? subject = null;
            if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                && data.TryGetProperty("id", out var dataId) && type is not null)
            {
                subject = $"{type.Split('.')[0]}:{dataId}";
            }

            return new Receipt(0, id, root.GetProperty("id").GetString(), type,
                root.TryGetProperty("position", out var position) && position.ValueKind == JsonValueKind.Number ? position.GetInt64() : null,
                subject, Utc(root.GetProperty("occurredAt").GetDateTime()), receivedAt, valid, problem);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return new Receipt(0, id, null, null, null, null, null, receivedAt, valid, $"body is not an event: {ex.Message}");
        }
    }

    /// <summary>The API writes UTC; a time without an offset is read as UTC too.</summary>
    private static DateTime Utc(DateTime at) => at.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : at.ToUniversalTime();
}
