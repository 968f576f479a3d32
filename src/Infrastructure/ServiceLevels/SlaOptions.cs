using System.ComponentModel.DataAnnotations;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Infrastructure.ServiceLevels;

/// <summary>The service-level targets of each priority and the breach job's interval (<c>Sla:*</c>), turned into the
/// domain's <see cref="ServiceLevelPolicy"/>.</summary>
public sealed class SlaOptions : IValidatableObject
{
    public const string SectionName = "Sla";

    /// <summary>Minutes from opening to assignment per priority (<c>Sla:AssignWithinMinutes:High</c> = 15);
    /// configuration adds to and overrides these defaults.</summary>
    public Dictionary<string, int> AssignWithinMinutes { get; set; } = Names(ServiceLevelPolicy.DefaultAssignWithinMinutes);

    /// <summary>Minutes from opening to resolution per priority (<c>Sla:ResolveWithinMinutes:Low</c> = 2880).</summary>
    public Dictionary<string, int> ResolveWithinMinutes { get; set; } = Names(ServiceLevelPolicy.DefaultResolveWithinMinutes);

    /// <summary>How often the breach job looks for targets that passed (clustered on MySQL: once per interval in the
    /// whole cluster).</summary>
    [Range(1, 3600)]
    public int SweepIntervalSeconds { get; set; } = 60;

    /// <summary>Tickets the breach job records per run at most; the next run takes the rest.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 200;

    public ServiceLevelPolicy ToPolicy() => new(Parse(AssignWithinMinutes), Parse(ResolveWithinMinutes));

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, targets) in new[] { ("AssignWithinMinutes", AssignWithinMinutes), ("ResolveWithinMinutes", ResolveWithinMinutes) })
        {
            foreach (var (priority, minutes) in targets)
            {
                if (!Enum.TryParse<TicketPriority>(priority, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed)
                    || int.TryParse(priority, out _))
                {
                    yield return new ValidationResult(
                        $"Sla:{name}:{priority} is not a priority ({string.Join(", ", Enum.GetNames<TicketPriority>())}).", [name]);
                }
                else if (minutes is < 1 or > ServiceLevelPolicy.MaxMinutes)
                {
                    yield return new ValidationResult(
                        $"Sla:{name}:{priority} must be between 1 and {ServiceLevelPolicy.MaxMinutes} minutes.", [name]);
                }
            }
        }
    }

    private static Dictionary<string, int> Names(IReadOnlyDictionary<TicketPriority, int> targets) =>
        targets.ToDictionary(p => p.Key.ToString(), p => p.Value, StringComparer.OrdinalIgnoreCase);

    private static Dictionary<TicketPriority, int> Parse(Dictionary<string, int> targets) =>
        targets.ToDictionary(p => Enum.Parse<TicketPriority>(p.Key, ignoreCase: true), p => p.Value);
}
