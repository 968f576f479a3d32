using System.Globalization;
using SupportDesk.Application.Dashboard.Queries.GetDashboard;

namespace SupportDesk.AdminPortal.Views.Dashboard;

/// <summary>
/// Geometry of the "opened and resolved per day" bar chart, drawn by the view as inline SVG: no script, no
/// external library, readable offline and allowed by the content security policy.
/// </summary>
public sealed class TicketsPerDayChart
{
    public const double Width = 760;
    public const double Height = 260;
    public const double Left = 40;
    public const double Right = 8;
    public const double Top = 28;
    public const double Bottom = 36;

    public TicketsPerDayChart(IReadOnlyList<DailyTicketCountDto> days)
    {
        Days = days;
        var highest = days.Count == 0 ? 0 : days.Max(d => Math.Max(d.Opened, d.Resolved));
        (Max, Step) = Scale(highest);
        Slot = days.Count == 0 ? 0 : (Width - Left - Right) / days.Count;
        BarWidth = Math.Min(18, Slot * 0.34);
    }

    public IReadOnlyList<DailyTicketCountDto> Days { get; }

    /// <summary>Top of the value axis: a round number at or above the highest bar.</summary>
    public int Max { get; }

    public int Step { get; }

    /// <summary>Horizontal room of one day.</summary>
    public double Slot { get; }

    public double BarWidth { get; }

    public double PlotBottom => Height - Bottom;

    public int TotalOpened => Days.Sum(d => d.Opened);

    public int TotalResolved => Days.Sum(d => d.Resolved);

    public IEnumerable<int> Ticks => Enumerable.Range(0, (Max / Step) + 1).Select(i => i * Step);

    public double Y(int value) => PlotBottom - ((PlotBottom - Top) * value / Max);

    public double SlotCentre(int index) => Left + (Slot * index) + (Slot / 2);

    /// <summary>Left edge of the "opened" bar of a day; the "resolved" bar stands right next to it.</summary>
    public double OpenedX(int index) => SlotCentre(index) - BarWidth - 1;

    public double ResolvedX(int index) => SlotCentre(index) + 1;

    public double BarHeight(int value) => PlotBottom - Y(value);

    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string DayLabel(DateOnly day) => day.ToString("d MMM", CultureInfo.InvariantCulture);

    /// <summary>A round top (1, 2 or 5 times a power of ten per step, at most five steps) so the grid reads easily.</summary>
    internal static (int Max, int Step) Scale(int highest)
    {
        if (highest <= 4)
        {
            return (Math.Max(highest, 1) <= 2 ? 2 : 4, 1);
        }

        var magnitude = (int)Math.Pow(10, Math.Floor(Math.Log10(highest / 5.0)));
        foreach (var factor in new[] { 1, 2, 5, 10 })
        {
            var step = factor * magnitude;
            if (step * 5 >= highest)
            {
                var max = (int)Math.Ceiling(highest / (double)step) * step;
                return (max, step);
            }
        }

        return (highest, highest);
    }
}
