using SupportDesk.Domain.Webhooks;

namespace SupportDesk.Domain.UnitTests.Webhooks;

public class RetryScheduleTests
{
    private static readonly DateTime Start = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    [TestCase(1, 5)]
    [TestCase(2, 30)]
    [TestCase(3, 120)]
    [TestCase(4, 600)]
    [TestCase(5, 1800)]
    [TestCase(6, 3600)]
    [TestCase(7, 7200)]
    [TestCase(12, 7200)]
    public void The_wait_after_each_failure_follows_the_schedule(int attempts, int seconds)
    {
        Assert.That(RetrySchedule.Delay(attempts), Is.EqualTo(TimeSpan.FromSeconds(seconds)));
    }

    [Test]
    public void Jitter_spreads_a_retry_by_at_most_a_fifth_either_way()
    {
        var earliest = RetrySchedule.Next(2, Start, Start, jitter: 0);
        var latest = RetrySchedule.Next(2, Start, Start, jitter: 0.999999);

        Assert.Multiple(() =>
        {
            Assert.That(earliest, Is.EqualTo(Start.AddSeconds(24)));
            Assert.That(latest, Is.EqualTo(Start.AddSeconds(36)).Within(TimeSpan.FromMilliseconds(1)));
        });
    }

    [Test]
    public void No_retry_falls_after_24_hours_from_the_first_attempt()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RetrySchedule.Next(10, Start, Start.AddHours(21), 0.5), Is.EqualTo(Start.AddHours(23)));
            Assert.That(RetrySchedule.Next(11, Start, Start.AddHours(23), 0.5), Is.Null);
        });
    }

    [Test]
    public void Following_the_schedule_makes_about_seventeen_attempts_in_24_hours()
    {
        var now = Start;
        var attempts = 1;
        while (RetrySchedule.Next(attempts, Start, now, 0.5) is { } next)
        {
            now = next;
            attempts++;
        }

        Assert.Multiple(() =>
        {
            Assert.That(attempts, Is.InRange(15, 18));
            Assert.That(now - Start, Is.LessThanOrEqualTo(RetrySchedule.Window));
        });
    }
}
