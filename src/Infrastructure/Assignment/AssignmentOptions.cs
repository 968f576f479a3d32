using System.ComponentModel.DataAnnotations;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Infrastructure.Assignment;

public sealed class AssignmentOptions
{
    public const string SectionName = "Assignment";

    /// <summary>The periodic safety-net sweep; assignment also runs at once after each change that can need it.</summary>
    [Range(1, 3600)]
    public int SweepIntervalSeconds { get; set; } = 30;

    /// <summary>Aging: a waiting ticket counts one priority higher for every this many minutes it has waited
    /// (<see cref="QueuePolicy"/>).</summary>
    [Range(1, QueuePolicy.MaxPromoteAfterMinutes)]
    public int PromoteAfterMinutes { get; set; } = QueuePolicy.DefaultPromoteAfterMinutes;

    /// <summary>Run the Quartz scheduler in this process (tests that drive assignment themselves turn it off).</summary>
    public bool Enabled { get; set; } = true;
}
