using System.ComponentModel.DataAnnotations;

namespace SupportDesk.Infrastructure.Webhooks;

public sealed class WebhookOptions
{
    public const string SectionName = "Webhooks";

    /// <summary>Allow URLs on loopback, private and link-local networks, and plain http (tests, local runs).</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>How long one attempt may take before it counts as failed.</summary>
    [Range(1, 60)]
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>The periodic sweep that sends due retries and picks up anything a dead process left.</summary>
    [Range(1, 3600)]
    public int SweepIntervalSeconds { get; set; } = 5;

    /// <summary>Attempts one process makes at the same time.</summary>
    [Range(1, 64)]
    public int MaxParallelDeliveries { get; set; } = 8;
}
