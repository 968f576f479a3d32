using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SupportDesk.LoadDriver;

/// <summary>What one call did: its status (0 when no response came: refused connection, timeout) and its time.</summary>
public readonly record struct Outcome<T>(int Status, T? Body, double Milliseconds)
{
    public bool Ok => Status is >= 200 and < 300;
}

/// <summary>One SupportDesk API (or the raw baseline) at a base address; every call says who makes it.</summary>
public sealed class Api(HttpClient http, Uri baseAddress)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public Uri BaseAddress { get; } = baseAddress;

    public static HttpClient CreateHttpClient() => new(new SocketsHttpHandler
    {
        // Enough sockets for every worker; a pooled connection per worker, as a busy integrator would keep.
        MaxConnectionsPerServer = 1024,
        PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        ConnectTimeout = TimeSpan.FromSeconds(5),
    })
    { Timeout = TimeSpan.FromSeconds(30) };

    public Task<Outcome<T>> GetAsync<T>(string path, string? token, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Get, path, null, token, cancellationToken);

    public Task<Outcome<T>> PostAsync<T>(string path, object? body, string? token, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Post, path, body, token, cancellationToken);

    public Task<Outcome<T>> PutAsync<T>(string path, object? body, string? token, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Put, path, body, token, cancellationToken);

    public async Task<Outcome<T>> SendAsync<T>(HttpMethod method, string path, object? body, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(BaseAddress, path));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        }

        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var result = response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.NoContent && typeof(T) != typeof(object)
                ? await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
                : default;
            if (!response.IsSuccessStatusCode)
            {
                await response.Content.ReadAsByteArrayAsync(cancellationToken);
            }

            return new Outcome<T>((int)response.StatusCode, result, clock.Elapsed.TotalMilliseconds);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new Outcome<T>(0, default, clock.Elapsed.TotalMilliseconds);
        }
    }

    /// <summary>For set-up calls, which must succeed.</summary>
    public async Task<T> ExpectAsync<T>(Task<Outcome<T>> call, string what)
    {
        var outcome = await call;
        if (!outcome.Ok || outcome.Body is null && typeof(T) != typeof(object))
        {
            throw new InvalidOperationException($"{what} failed at {BaseAddress}: HTTP {outcome.Status}.");
        }

        return outcome.Body!;
    }
}
