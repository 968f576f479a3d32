using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SupportDesk.WebApi.RateLimits;

namespace SupportDesk.WebApi.FunctionalTests.Platform;

/// <summary>The admission gate on its own: requests held by the test show how many run at once, who waits, and who is
/// refused. The gate sits in the API's pipeline before authentication (ApiPipeline).</summary>
public sealed class AdmissionGateTests
{
    private readonly ServiceProvider _services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();

    [OneTimeTearDown]
    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Test]
    public async Task At_most_the_limit_runs_at_once_and_the_others_start_in_arrival_order()
    {
        var gate = Gate(concurrent: 2, queued: 10);
        var held = new Held();

        var requests = Enumerable.Range(0, 4).Select(i => gate.InvokeAsync(Context($"/api/tickets/{i}"), held.Next)).ToList();
        await held.WaitForRunningAsync(2);

        Assert.Multiple(() =>
        {
            Assert.That(held.Started, Is.EqualTo(new[] { "/api/tickets/0", "/api/tickets/1" }));
            Assert.That(gate.Queued, Is.EqualTo(2));
        });

        held.Release("/api/tickets/1");
        await held.WaitForRunningAsync(3);
        Assert.That(held.Started[2], Is.EqualTo("/api/tickets/2"), "the oldest waiting goes first");

        held.ReleaseAll();
        await Task.WhenAll(requests);
        Assert.That((held.Started.Count, gate.Queued), Is.EqualTo((4, 0)));
    }

    [Test]
    public async Task A_request_beyond_a_full_queue_is_refused_503_with_retry_after_and_never_runs()
    {
        var gate = Gate(concurrent: 1, queued: 1);
        var held = new Held();
        var running = gate.InvokeAsync(Context("/api/tickets/0"), held.Next);
        var waiting = gate.InvokeAsync(Context("/api/tickets/1"), held.Next);

        var refused = Context("/api/tickets/2");
        await gate.InvokeAsync(refused, held.Next);

        refused.Response.Body.Position = 0;
        var problem = await JsonDocument.ParseAsync(refused.Response.Body);
        Assert.Multiple(() =>
        {
            Assert.That(refused.Response.StatusCode, Is.EqualTo(StatusCodes.Status503ServiceUnavailable));
            Assert.That(refused.Response.Headers.RetryAfter.ToString(), Is.EqualTo("1"));
            Assert.That(problem.RootElement.GetProperty("code").GetString(), Is.EqualTo("service.unavailable"));
            Assert.That(held.Started, Does.Not.Contain("/api/tickets/2"));
        });

        held.ReleaseAll();
        await Task.WhenAll(running, waiting);
        Assert.That(held.Started, Is.EqualTo(new[] { "/api/tickets/0", "/api/tickets/1" }));
    }

    [Test]
    public async Task Health_probes_are_never_queued()
    {
        var gate = Gate(concurrent: 1, queued: 0);
        var held = new Held();
        var running = gate.InvokeAsync(Context("/api/tickets/0"), held.Next);

        var probe = gate.InvokeAsync(Context("/health/ready"), held.Next);
        await held.WaitForRunningAsync(2);
        held.ReleaseAll();
        await Task.WhenAll(running, probe);

        Assert.That(held.Started, Is.EqualTo(new[] { "/api/tickets/0", "/health/ready" }));
    }

    [Test]
    public async Task A_client_that_gives_up_while_waiting_leaves_the_queue_and_takes_no_turn()
    {
        var gate = Gate(concurrent: 1, queued: 5);
        var held = new Held();
        var running = gate.InvokeAsync(Context("/api/tickets/0"), held.Next);
        using var giveUp = new CancellationTokenSource();
        var leaving = Context("/api/tickets/1");
        leaving.RequestAborted = giveUp.Token;
        var waiting = gate.InvokeAsync(leaving, held.Next);
        Assert.That(gate.Queued, Is.EqualTo(1));

        await giveUp.CancelAsync();
        Assert.CatchAsync<OperationCanceledException>(() => waiting);
        Assert.That(gate.Queued, Is.Zero);

        held.ReleaseAll();
        await running;
        await gate.InvokeAsync(Context("/api/tickets/2"), held.Next);
        Assert.That(held.Started, Is.EqualTo(new[] { "/api/tickets/0", "/api/tickets/2" }), "its turn was not lost either");
    }

    [Test]
    public async Task A_body_still_arriving_holds_no_turn_and_is_read_whole_once_it_has_one()
    {
        var gate = Gate(concurrent: 1, queued: 5);
        var held = new Held();
        var slow = Context("/api/tickets/slow");
        var arriving = new System.IO.Pipelines.Pipe();
        slow.Request.Body = arriving.Reader.AsStream();
        slow.Request.ContentLength = 10;
        await arriving.Writer.WriteAsync("{\"a\":"u8.ToArray());

        var sending = gate.InvokeAsync(slow, held.Next);
        var quick = gate.InvokeAsync(Context("/api/tickets/quick"), held.Next);
        await held.WaitForRunningAsync(1);
        Assert.Multiple(() =>
        {
            Assert.That(held.Started, Is.EqualTo(new[] { "/api/tickets/quick" }), "the turn went to the request that had arrived");
            Assert.That(gate.Queued, Is.Zero, "a body still arriving is not in the queue either");
        });

        await arriving.Writer.WriteAsync("\"bc\"}"u8.ToArray());
        await arriving.Writer.CompleteAsync();
        await WaitAsync(() => gate.Queued == 1);
        held.ReleaseAll();
        await Task.WhenAll(quick, sending);

        Assert.That(held.Started, Is.EqualTo(new[] { "/api/tickets/quick", "/api/tickets/slow" }));
        Assert.That(held.Bodies["/api/tickets/slow"], Is.EqualTo("{\"a\":\"bc\"}"), "the whole body, nothing consumed by the gate");
    }

    private static async Task WaitAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "never happened");
            await Task.Delay(10);
        }
    }

    [TestCase(0, 10, false)]
    [TestCase(1, 0, true)]
    [TestCase(4, -1, false)]
    [TestCase(100_001, 10, false)]
    public void Its_settings_outside_their_ranges_are_refused_by_the_validation_run_at_start(int concurrent, int queued, bool valid)
    {
        var settings = new AdmissionOptions { MaxConcurrentRequests = concurrent, MaxQueuedRequests = queued };

        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        var ok = System.ComponentModel.DataAnnotations.Validator.TryValidateObject(settings, new(settings), results, validateAllProperties: true);

        Assert.That(ok, Is.EqualTo(valid), string.Join("; ", results.Select(r => r.ErrorMessage)));
    }

    [Test]
    public void By_default_twice_the_processors_run_at_once()
    {
        Assert.That(new AdmissionOptions().MaxConcurrentRequests, Is.EqualTo(2 * Environment.ProcessorCount));
    }

    private static AdmissionGate Gate(int concurrent, int queued) =>
        new(Options.Create(new AdmissionOptions { MaxConcurrentRequests = concurrent, MaxQueuedRequests = queued }));

    private DefaultHttpContext Context(string path)
    {
        var context = new DefaultHttpContext { RequestServices = _services };
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();
        return context;
    }

    /// <summary>The rest of the pipeline, held until the test lets each request finish.</summary>
    private sealed class Held
    {
        private readonly Lock _lock = new();
        private readonly List<string> _started = [];
        private readonly Dictionary<string, TaskCompletionSource> _running = [];
        private bool _released;

        public IReadOnlyList<string> Started
        {
            get
            {
                lock (_lock)
                {
                    return _started.ToList();
                }
            }
        }

        public Dictionary<string, string> Bodies { get; } = [];

        public async Task Next(HttpContext context)
        {
            if (context.Request.ContentLength is > 0)
            {
                // Through the body's reader, as Kestrel's request stream reads (the gate looked at the same reader).
                var text = await new StreamReader(context.Request.BodyReader.AsStream()).ReadToEndAsync();
                lock (_lock)
                {
                    Bodies[context.Request.Path.Value!] = text;
                }
            }

            await Wait(context);
        }

        private Task Wait(HttpContext context)
        {
            var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_lock)
            {
                _started.Add(context.Request.Path.Value!);
                if (_released)
                {
                    return Task.CompletedTask;
                }

                _running[context.Request.Path.Value!] = finished;
            }

            return finished.Task;
        }

        public async Task WaitForRunningAsync(int count)
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (Started.Count < count)
            {
                Assert.That(DateTime.UtcNow, Is.LessThan(deadline), $"{count} requests never ran");
                await Task.Delay(10);
            }
        }

        public void Release(string path)
        {
            lock (_lock)
            {
                _running.Remove(path, out var finished);
                finished!.SetResult();
            }
        }

        public void ReleaseAll()
        {
            lock (_lock)
            {
                _released = true;
                foreach (var finished in _running.Values)
                {
                    finished.SetResult();
                }

                _running.Clear();
            }
        }
    }
}
