using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SupportDesk.Infrastructure.Assignment;
using SupportDesk.Infrastructure.Attachments;
using SupportDesk.Infrastructure.Emails;
using SupportDesk.Infrastructure.Events;
using SupportDesk.Infrastructure.ServiceLevels;
using SupportDesk.Infrastructure.Webhooks;

namespace SupportDesk.Infrastructure.Scheduling;

/// <summary>
/// Two Quartz schedulers. The default one is in memory and runs the assignment, the event sequencer, the webhook
/// deliveries and the customer emails in this process, at once, whenever a change asks for it. On MySQL a second, clustered scheduler keeps
/// the periodic sweeps in the database (the <c>QRTZ_</c> tables), so however many processes share the database each
/// sweep (assignment, outbox, service-level breaches) fires once per interval, in one of them, and goes on firing when any one of them stops. The immediate runs
/// stay out of the database store on purpose: a trigger row and its row locks per opened ticket would put every
/// request behind one lock. The work itself is kept apart across processes by the database (concurrency tokens,
/// the sequencer's row lock, the deliveries' leases), not by the scheduler. SQLite serves one process, so its
/// sweeps live in the in-memory scheduler.
/// </summary>
internal static class JobScheduling
{
    public const string ClusterSchedulerName = "supportdesk-assignment-cluster";
    private static readonly TriggerKey AssignmentSweepTrigger = new("assignment-sweep", "assignment");
    private static readonly TriggerKey OutboxSweepTrigger = new("outbox-sweep", "events");
    private static readonly TriggerKey SlaBreachTrigger = new("sla-breaches", "service-levels");
    private static readonly TriggerKey AttachmentCleanupTrigger = new("attachment-cleanup", "attachments");

    public static void AddJobScheduling(this IServiceCollection services, AssignmentOptions assignment,
        WebhookOptions webhooks, SlaOptions serviceLevels, string? mySqlConnectionString)
    {
        // Clamped here because this runs before the options are validated at start; an out-of-range value is then
        // reported by that validation rather than by Quartz refusing the trigger.
        var assignmentSweep = TimeSpan.FromSeconds(Math.Clamp(assignment.SweepIntervalSeconds, 1, 3600));
        var outboxSweep = TimeSpan.FromSeconds(Math.Clamp(webhooks.SweepIntervalSeconds, 1, 3600));
        var slaSweep = TimeSpan.FromSeconds(Math.Clamp(serviceLevels.SweepIntervalSeconds, 1, 3600));
        var clustered = mySqlConnectionString is not null;
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler => scheduler.InstanceName = "supportdesk-assignment");
            quartz.AddJob<AssignmentJob>(job => job.WithIdentity(AssignmentJob.Key).StoreDurably());
            quartz.AddJob<EventSequencerJob>(job => job.WithIdentity(EventSequencerJob.Key).StoreDurably());
            quartz.AddJob<WebhookDeliveryJob>(job => job.WithIdentity(WebhookDeliveryJob.Key).StoreDurably());
            quartz.AddJob<EmailDeliveryJob>(job => job.WithIdentity(EmailDeliveryJob.Key).StoreDurably());
            if (!clustered)
            {
                quartz.AddJob<OutboxSweepJob>(job => job.WithIdentity(OutboxSweepJob.Key).StoreDurably());
                quartz.AddJob<SlaBreachJob>(job => job.WithIdentity(SlaBreachJob.Key).StoreDurably());
                quartz.AddJob<AttachmentCleanupJob>(job => job.WithIdentity(AttachmentCleanupJob.Key).StoreDurably());
                quartz.AddTrigger(trigger => Sweep(trigger, AssignmentJob.Key, AssignmentSweepTrigger, assignmentSweep));
                quartz.AddTrigger(trigger => Sweep(trigger, OutboxSweepJob.Key, OutboxSweepTrigger, outboxSweep));
                quartz.AddTrigger(trigger => Sweep(trigger, SlaBreachJob.Key, SlaBreachTrigger, slaSweep));
                quartz.AddTrigger(trigger => Sweep(trigger, AttachmentCleanupJob.Key, AttachmentCleanupTrigger, AttachmentCleanupJob.Interval));
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
                quartz.AddJob<OutboxSweepJob>(job => job.WithIdentity(OutboxSweepJob.Key).StoreDurably());
                quartz.AddJob<SlaBreachJob>(job => job.WithIdentity(SlaBreachJob.Key).StoreDurably());
                quartz.AddJob<AttachmentCleanupJob>(job => job.WithIdentity(AttachmentCleanupJob.Key).StoreDurably());
                quartz.AddTrigger(trigger => Sweep(trigger, AssignmentSweepJob.Key, AssignmentSweepTrigger, assignmentSweep));
                quartz.AddTrigger(trigger => Sweep(trigger, OutboxSweepJob.Key, OutboxSweepTrigger, outboxSweep));
                quartz.AddTrigger(trigger => Sweep(trigger, SlaBreachJob.Key, SlaBreachTrigger, slaSweep));
                quartz.AddTrigger(trigger => Sweep(trigger, AttachmentCleanupJob.Key, AttachmentCleanupTrigger, AttachmentCleanupJob.Interval));
            });
        }

        services.AddSingleton<EventSequencerRequests>();
        services.AddSingleton<WebhookDeliveryRequests>();
        services.AddSingleton<EmailDeliveryRequests>();
        services.AddSingleton<IWebhookDeliveryTrigger>(provider => provider.GetRequiredService<WebhookDeliveryRequests>());
        if (assignment.Enabled)
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

    private static void Sweep(ITriggerConfigurator<IJob> trigger, JobKey job, TriggerKey key, TimeSpan interval) => trigger
        .ForJob(job)
        .WithIdentity(key)
        .StartNow()
        // Sweeps missed while every process was down are not replayed one by one: one sweep at once does their work.
        .WithSimpleSchedule(schedule => schedule.WithInterval(interval).RepeatForever()
            .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NowWithExistingCount));
}
