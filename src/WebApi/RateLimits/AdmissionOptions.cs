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

    /// <summary>Requests running at once in this process; by default twice its processors. The assignment and the
    /// outbox run beside the requests on the same processors, so fewer requests at once leave them more: the drain
    /// benchmark resolved 8/s with 32, 11/s with 8, 22/s with 4 and 40/s with 2 on 2 cores (docs/benchmarks.md).</summary>
    [Range(1, 100_000)]
    public int MaxConcurrentRequests { get; set; } = 2 * Environment.ProcessorCount;

    /// <summary>Requests waiting for a turn; one more is refused (503).</summary>
    [Range(0, 1_000_000)]
    public int MaxQueuedRequests { get; set; } = 2_000;
}
