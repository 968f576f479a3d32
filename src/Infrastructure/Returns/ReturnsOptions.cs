using System.ComponentModel.DataAnnotations;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Infrastructure.Returns;

/// <summary>The return window and the priority of each reason (<c>Returns:*</c>), turned into the domain's <see cref="ReturnPolicy"/>.</summary>
public sealed class ReturnsOptions : IValidatableObject
{
    public const string SectionName = "Returns";

    /// <summary>Days after the delivery (else the purchase) a return can be asked for, through the end of the last
    /// UTC day.</summary>
    [Range(0, ReturnPolicy.MaxWindowDays)]
    public int WindowDays { get; set; } = ReturnPolicy.DefaultWindowDays;

    /// <summary>A reason's own window (<c>Returns:WindowDaysByReason:Defective</c> = 365); configuration adds to and
    /// overrides these defaults.</summary>
    public Dictionary<string, int> WindowDaysByReason { get; set; } =
        ReturnPolicy.DefaultDaysByReason.ToDictionary(p => p.Key.ToString(), p => p.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>A reason's priority (<c>Returns:PriorityByReason:NoLongerNeeded</c> = <c>Low</c>); configuration
    /// adds to and overrides these defaults.</summary>
    public Dictionary<string, string> PriorityByReason { get; set; } =
        ReturnPolicy.DefaultPriorityByReason.ToDictionary(p => p.Key.ToString(), p => p.Value.ToString(),
            StringComparer.OrdinalIgnoreCase);

    public ReturnPolicy ToPolicy() => new(WindowDays,
        WindowDaysByReason.ToDictionary(p => Enum.Parse<ReturnReason>(p.Key, ignoreCase: true), p => p.Value),
        PriorityByReason.ToDictionary(p => Enum.Parse<ReturnReason>(p.Key, ignoreCase: true),
            p => Enum.Parse<TicketPriority>(p.Value, ignoreCase: true)));

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (reason, days) in WindowDaysByReason)
        {
            if (!IsName<ReturnReason>(reason))
            {
                yield return new ValidationResult(
                    $"Returns:WindowDaysByReason:{reason} is not a return reason ({string.Join(", ", Enum.GetNames<ReturnReason>())}).",
                    [nameof(WindowDaysByReason)]);
            }
            else if (days is < 0 or > ReturnPolicy.MaxWindowDays)
            {
                yield return new ValidationResult(
                    $"Returns:WindowDaysByReason:{reason} must be between 0 and {ReturnPolicy.MaxWindowDays} days.",
                    [nameof(WindowDaysByReason)]);
            }
        }

        foreach (var (reason, priority) in PriorityByReason)
        {
            if (!IsName<ReturnReason>(reason))
            {
                yield return new ValidationResult(
                    $"Returns:PriorityByReason:{reason} is not a return reason ({string.Join(", ", Enum.GetNames<ReturnReason>())}).",
                    [nameof(PriorityByReason)]);
            }
            else if (!IsName<TicketPriority>(priority))
            {
                yield return new ValidationResult(
                    $"Returns:PriorityByReason:{reason} is '{priority}', not a priority ({string.Join(", ", Enum.GetNames<TicketPriority>())}).",
                    [nameof(PriorityByReason)]);
            }
        }
    }

    /// <summary>A member's name (any case), not a number that happens to parse.</summary>
    private static bool IsName<TEnum>(string? value)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
        && !int.TryParse(value, out _);
}
