namespace SupportDesk.Domain.Webhooks;

/// <summary>
/// When a failed delivery is tried again: about 5 s, 30 s, 2 min, 10 min, 30 min and 1 h after the first failures,
/// then every 2 h, each spread by ±20 % so that many deliveries failing together do not return together; for
/// 24 hours from the first attempt, then never.
/// </summary>
public static class RetrySchedule
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    private static readonly TimeSpan[] Steps =
    [
        TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10),
        TimeSpan.FromMinutes(30), TimeSpan.FromHours(1),
    ];

    private static readonly TimeSpan Every = TimeSpan.FromHours(2);

    /// <summary>The wait after failed attempt number <paramref name="attempts"/> (1 = the first), before jitter.</summary>
    public static TimeSpan Delay(int attempts) =>
        attempts < 1 ? TimeSpan.Zero : attempts <= Steps.Length ? Steps[attempts - 1] : Every;

    /// <summary>The next attempt after <paramref name="attempts"/> failures, or null when it would fall after the
    /// window opened at <paramref name="windowStart"/>. <paramref name="jitter"/> is in [0, 1).</summary>
    public static DateTime? Next(int attempts, DateTime windowStart, DateTime now, double jitter)
    {
        if (jitter is < 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(jitter), jitter, "Jitter is in [0, 1).");
        }

        var delay = Delay(attempts) * (0.8 + (0.4 * jitter));
        var next = now + delay;
        return next - windowStart > Window ? null : next;
    }
}
