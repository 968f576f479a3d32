using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SupportDesk.AdminPortal.EndToEndTests;

/// <summary>
/// A real HTTP receiver on 127.0.0.1 (Kestrel, a free port) for the portal's deliveries: it answers every POST with
/// 204 and records it. Each subscription gets a path of its own (<see cref="NewUrl"/>), so tests sharing the
/// receiver see only their own requests.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly List<ReceivedWebhook> _received = [];
    private readonly WebApplication _app;
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WebhookReceiver(WebApplication app)
    {
        _app = app;
    }

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/{**path}", receiver.RecordAsync);
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        receiver.BaseAddress = new Uri(addresses.Addresses.Single());
        return receiver;
    }

    /// <summary>An address on this receiver that no other subscription uses.</summary>
    public string NewUrl(string name) => new Uri(BaseAddress, $"hooks/{name}-{Guid.NewGuid():N}").ToString();

    /// <summary>What was posted to <paramref name="url"/> so far.</summary>
    public IReadOnlyList<ReceivedWebhook> ReceivedAt(string url)
    {
        var path = new Uri(url).AbsolutePath;
        lock (_lock)
        {
            return [.. _received.Where(r => r.Path == path)];
        }
    }

    /// <summary>Waits until <paramref name="count"/> requests to <paramref name="url"/> have arrived; fails the test
    /// after <paramref name="seconds"/>.</summary>
    public async Task<IReadOnlyList<ReceivedWebhook>> WaitForAsync(string url, int count = 1, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            Task arrived;
            lock (_lock)
            {
                arrived = _arrived.Task;
            }

            var received = ReceivedAt(url);
            if (received.Count >= count)
            {
                return received;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                Assert.Fail($"{url} received {received.Count} request(s) within {seconds} s; expected {count}.");
            }

            try
            {
                await arrived.WaitAsync(left);
            }
            catch (TimeoutException)
            {
                // Counted once more above, then reported.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> RecordAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        var received = new ReceivedWebhook(
            request.Path.Value ?? string.Empty,
            request.Headers["webhook-id"].ToString(),
            long.TryParse(request.Headers["webhook-timestamp"], NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp) ? timestamp : 0,
            request.Headers["webhook-signature"].ToString(),
            body);
        TaskCompletionSource arrived;
        lock (_lock)
        {
            _received.Add(received);
            arrived = _arrived;
            _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        arrived.SetResult();
        return Results.NoContent();
    }
}
