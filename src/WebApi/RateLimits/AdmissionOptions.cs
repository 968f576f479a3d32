using System.ComponentModel.DataAnnotations;

namespace SupportDesk.WebApi.RateLimits;

/// <summary>
/// How many API requests run at once (<see cref="AdmissionGate"/>). Beyond it, requests wait their turn in arrival order
/// without taking a thread; beyond the queue, they are refused with 503 and <c>Retry-After</c>. Without a bound, an
/// overloaded process runs every request at once, and those holding a database row lock wait behind all the others for
/// the CPU, so everybody waits on them: measured in the assignment benchmark (docs/benchmarks.md).
/// </summary>
public sealed class AdmissionOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Admission";

    /// <summary>Requests running at once in this process.</summary>
    [Range(1, 100_000)]
    public int MaxConcurrentRequests { get; set; } = 32;

    /// <summary>Requests waiting for a turn; one more is refused (503).</summary>
    [Range(0, 1_000_000)]
    public int MaxQueuedRequests { get; set; } = 2_000;
}
