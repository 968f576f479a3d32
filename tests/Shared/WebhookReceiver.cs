using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace SupportDesk.Tests.Shared;

/// <summary>
/// A real HTTP endpoint on 127.0.0.1 that records every webhook delivery it receives and answers what the test
/// says (200 unless told otherwise), optionally after a delay.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<Delivery> _received = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public WebhookReceiver()
    {
        var port = FreePort();
        Url = $"http://127.0.0.1:{port}/hooks";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(ListenAsync);
    }

    /// <summary>The address to subscribe.</summary>
    public string Url { get; }

    /// <summary>The status code for a delivery (called once per request).</summary>
    public Func<Delivery, int> Answer { get; set; } = _ => 200;

    /// <summary>How long each answer takes.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>Every request so far, in the order they arrived.</summary>
    public IReadOnlyList<Delivery> Received => _received.ToArray();

    /// <summary>Waits (with a bound) until at least <paramref name="count"/> requests arrived.</summary>
    public async Task<IReadOnlyList<Delivery>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (_received.Count < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Received {_received.Count} webhook requests, expected {count}.");
            }

            await Task.Delay(20);
        }

        return Received;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        _listener.Close();
        try
        {
            // Bounded: a listener that does not end its pending accept must not hold up the suite.
            await _loop.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or OperationCanceledException or TimeoutException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }

    private async Task ListenAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers;
        var delivery = new Delivery(
            headers["webhook-id"] ?? "",
            long.TryParse(headers["webhook-timestamp"], out var timestamp) ? timestamp : 0,
            headers["webhook-signature"] ?? "",
            context.Request.ContentType ?? "",
            body,
            DateTime.UtcNow);
        _received.Enqueue(delivery);
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay);
        }

        context.Response.StatusCode = Answer(delivery);
        context.Response.Close();
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    /// <summary>One request as it arrived.</summary>
    public sealed record Delivery(string Id, long Timestamp, string Signature, string ContentType, string Body, DateTime At)
    {
        public JsonElement Event => JsonDocument.Parse(Body).RootElement;

        public string Type => Event.GetProperty("type").GetString()!;

        public long? Position => Event.GetProperty("position").ValueKind == JsonValueKind.Null ? null : Event.GetProperty("position").GetInt64();

        /// <summary>The id of the resource in <c>data</c>.</summary>
        public Guid DataId => Event.GetProperty("data").GetProperty("id").GetGuid();
    }
}
