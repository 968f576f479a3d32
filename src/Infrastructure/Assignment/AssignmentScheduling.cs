using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SupportDesk.Application.Common.Interfaces;

namespace SupportDesk.Infrastructure.Assignment;

/// <summary>
/// Two Quartz schedulers. The default one is in memory and runs <see cref="AssignmentJob"/> in this process, at once,
/// whenever a change asks for it. On MySQL a second, clustered scheduler keeps the periodic sweep in the database
/// (the <c>QRTZ_</c> tables), so however many processes share the database the sweep fires once per interval, in
/// one of them, and goes on firing when any one of them stops. The immediate runs stay out of the database store on
/// purpose: a trigger row and its row locks per opened ticket would put every request behind one lock.
/// SQLite serves one process, so its sweep lives in the in-memory scheduler.
/// </summary>
internal static class AssignmentScheduling
{
    public const string ClusterSchedulerName = "supportdesk-assignment-cluster";
    private static readonly TriggerKey SweepTrigger = new("assignment-sweep", "assignment");

    public static void AddAssignmentScheduling(this IServiceCollection services, AssignmentOptions options,
        string? mySqlConnectionString)
    {
        // Clamped here because this runs before the options are validated at start; an out-of-range value is then
        // reported by that validation rather than by Quartz refusing the trigger.
        var sweep = TimeSpan.FromSeconds(Math.Clamp(options.SweepIntervalSeconds, 1, 3600));
        var clustered = mySqlConnectionString is not null;
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler => scheduler.InstanceName = "supportdesk-assignment");
            quartz.AddJob<AssignmentJob>(job => job.WithIdentity(AssignmentJob.Key).StoreDurably());
            if (!clustered)
            {
                quartz.AddTrigger(trigger => Sweep(trigger, AssignmentJob.Key, sweep));
            }
        });
        if (clustered)
        {
            services.AddQuartz(ClusterSchedulerName, quartz =>
            {
                quartz.ConfigureScheduler(scheduler => scheduler.InstanceName = ClusterSchedulerName);
                quartz.UsePersistentStore(store =>
                {
                    store.UseMySqlConnector(mySqlConnectionString!);
                    store.UseSystemTextJsonSerializer();
                    // A node that misses its check-ins for this long is presumed dead and its firings recovered.
                    store.UseClustering(cluster =>
                    {
                        cluster.CheckinInterval = TimeSpan.FromSeconds(10);
                        cluster.CheckinMisfireThreshold = TimeSpan.FromSeconds(20);
                    });
                });
                quartz.AddJob<AssignmentSweepJob>(job => job.WithIdentity(AssignmentSweepJob.Key).StoreDurably());
                quartz.AddTrigger(trigger => Sweep(trigger, AssignmentSweepJob.Key, sweep));
            });
        }

        if (options.Enabled)
        {
            services.AddSingleton<AssignmentRequests>();
            services.AddSingleton<IAssignmentTrigger>(provider => provider.GetRequiredService<AssignmentRequests>());
            services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        }
        else
        {
            services.AddSingleton<IAssignmentTrigger, NoAssignmentTrigger>();
        }
    }

    private static void Sweep(ITriggerConfigurator<IJob> trigger, JobKey job, TimeSpan interval) => trigger
        .ForJob(job)
        .WithIdentity(SweepTrigger)
        .StartNow()
        // Sweeps missed while every process was down are not replayed one by one: one sweep at once does their work.
        .WithSimpleSchedule(schedule => schedule.WithInterval(interval).RepeatForever()
            .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NowWithExistingCount));
}
