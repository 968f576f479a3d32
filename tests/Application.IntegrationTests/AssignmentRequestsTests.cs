using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using SupportDesk.Infrastructure.Assignment;

namespace SupportDesk.Application.IntegrationTests;

/// <summary>
/// The requests for an assignment run against a real in-memory Quartz scheduler, with a job in place of the
/// assignment that counts its runs and can be held: a burst of requests costs one run, not one run each, and a
/// request made while a run is under way is never lost.
/// </summary>
public sealed class AssignmentRequestsTests
{
    private ServiceProvider _services = null!;
    private IScheduler _scheduler = null!;
    private AssignmentRequests _requests = null!;

    [SetUp]
    public async Task StartAsync()
    {
        CountingRun.Reset();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<AssignmentRequests>();
        services.AddQuartz(quartz => quartz.AddJob<CountingRun>(job => job.WithIdentity(AssignmentJob.Key).StoreDurably()));
        _services = services.BuildServiceProvider();
        _scheduler = await _services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await _scheduler.Start();
        _requests = _services.GetRequiredService<AssignmentRequests>();
    }

    [TearDown]
    public async Task StopAsync()
    {
        CountingRun.Release();
        await _scheduler.Shutdown(waitForJobsToComplete: true);
        await _services.DisposeAsync();
    }

    [Test]
    public async Task A_burst_of_requests_before_the_run_starts_costs_one_run()
    {
        CountingRun.Hold();
        await _requests.RequestAsync(CancellationToken.None);
        await CountingRun.WaitForStartsAsync(1);

        // While the first run is held, a hundred changes ask for a run: one more run covers them all.
        await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => _requests.RequestAsync(CancellationToken.None)));
        CountingRun.Release();
        await CountingRun.WaitForStartsAsync(2);
        await Task.Delay(500);

        Assert.That(CountingRun.Starts, Is.EqualTo(2));
    }

    [Test]
    public async Task A_request_after_a_run_started_gets_a_run_of_its_own()
    {
        for (var i = 1; i <= 3; i++)
        {
            await _requests.RequestAsync(CancellationToken.None);
            await CountingRun.WaitForStartsAsync(i);
        }

        Assert.That(CountingRun.Starts, Is.EqualTo(3));
    }

    [DisallowConcurrentExecution]
    private sealed class CountingRun(AssignmentRequests requests) : IJob
    {
        private static int _starts;
        private static TaskCompletionSource _gate = Open();

        public static int Starts => Volatile.Read(ref _starts);

        public static void Reset()
        {
            _starts = 0;
            _gate = Open();
        }

        public static void Hold() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public static void Release() => _gate.TrySetResult();

        public static async Task WaitForStartsAsync(int count)
        {
            for (var deadline = DateTime.UtcNow.AddSeconds(10); Starts < count && DateTime.UtcNow < deadline;)
            {
                await Task.Delay(20);
            }

            Assert.That(Starts, Is.GreaterThanOrEqualTo(count), $"run {count} did not start");
        }

        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            requests.RunStarting();
            Interlocked.Increment(ref _starts);
            await _gate.Task;
        }

        private static TaskCompletionSource Open()
        {
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            gate.SetResult();
            return gate;
        }
    }
}
