using Microsoft.Extensions.Options;

namespace SupportDesk.WebApi.RateLimits;

/// <summary>
/// Admission control (<see cref="AdmissionOptions"/>): at most so many requests run at once, the others wait in arrival
/// order, and a full queue is answered 503 <c>service.unavailable</c> with <c>Retry-After: 1</c>. Health probes are
/// never queued. A waiting client that gives up leaves the queue at once. A request's body (up to the API's
/// <see cref="Setup.ApiServices.MaxRequestBodyBytes"/>) has arrived before it waits for a turn, so a client sending
/// slowly holds no turn while it does; a file upload, larger, streams within its turn.
/// </summary>
public sealed class AdmissionGate(IOptions<AdmissionOptions> options)
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentRequests, options.Value.MaxConcurrentRequests);
    private readonly int _maxQueued = options.Value.MaxQueuedRequests;
    private int _queued;

    /// <summary>Requests waiting for a turn now.</summary>
    public int Queued => Volatile.Read(ref _queued);

    /// <summary>Runs <paramref name="next"/> once a turn is free; refuses it when the queue is full.</summary>
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Request.Path.StartsWithSegments("/health"))
        {
            await next(context);
            return;
        }

        if (context.Request.ContentLength is > 0 and <= Setup.ApiServices.MaxRequestBodyBytes)
        {
            await ReceiveBodyAsync(context);
        }

        if (!_slots.Wait(0))
        {
            if (Interlocked.Increment(ref _queued) > _maxQueued)
            {
                Interlocked.Decrement(ref _queued);
                await RefuseAsync(context);
                return;
            }

            try
            {
                await _slots.WaitAsync(context.RequestAborted);
            }
            finally
            {
                Interlocked.Decrement(ref _queued);
            }
        }

        try
        {
            await next(context);
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>Waits until the whole body is in the request's buffer, consuming none of it.</summary>
    private static async Task ReceiveBodyAsync(HttpContext context)
    {
        var body = context.Request.BodyReader;
        while (true)
        {
            var read = await body.ReadAsync(context.RequestAborted);
            if (read.IsCompleted || read.Buffer.Length >= context.Request.ContentLength)
            {
                body.AdvanceTo(read.Buffer.Start);
                return;
            }

            body.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
    }

    private static async Task RefuseAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "1";
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Service unavailable",
                Detail = "The desk is busy right now; wait for the number of seconds in Retry-After and try again.",
                Extensions = { ["code"] = "service.unavailable" },
            },
        });
    }
}
