namespace SupportDesk.Application.UnitTests;

/// <summary>A clock stopped at one UTC instant, so handlers' timestamps and validators' "future" are exact.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset Default = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public FixedClock()
        : this(Default)
    {
    }

    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
