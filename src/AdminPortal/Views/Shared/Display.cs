using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using SupportDesk.Domain.Agents;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.AdminPortal.Views.Shared;

/// <summary>How values read on the pages. Times are stored and shown in UTC, said so on the page.</summary>
public static class Display
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static string Time(DateTime? utc) =>
        utc is { } value ? value.ToString("yyyy-MM-dd HH:mm", Culture) + " UTC" : "—";

    public static string Date(DateTime? utc) => utc is { } value ? value.ToString("yyyy-MM-dd", Culture) : "—";

    /// <summary>A duration as a person says it: "40 s", "12 min", "3 h 05 min", "2 d 4 h".</summary>
    public static string Duration(TimeSpan? span)
    {
        if (span is not { } value)
        {
            return "—";
        }

        if (value < TimeSpan.Zero)
        {
            value = TimeSpan.Zero;
        }

        return value switch
        {
            { TotalMinutes: < 1 } => $"{(int)value.TotalSeconds} s",
            { TotalHours: < 1 } => $"{(int)value.TotalMinutes} min",
            { TotalDays: < 1 } => $"{(int)value.TotalHours} h {value.Minutes:00} min",
            _ => $"{(int)value.TotalDays} d {value.Hours} h",
        };
    }

    /// <summary>
    /// An age that keeps ticking in the browser: a <c>&lt;time datetime data-age&gt;</c> showing the
    /// <see cref="Duration"/> from <paramref name="since"/> to <paramref name="now"/> (the page's time of reading),
    /// with " ago" when <paramref name="ago"/>, and the UTC time on hover. <c>js/ages.js</c> recomputes it every second
    /// from the two timestamps, so it moves on whether or not anything else on the page changes. Its changes are not
    /// announced (<c>aria-live="off"</c>), even inside a live region: a screen reader would hear it every second.
    /// </summary>
    public static IHtmlContent Age(DateTime since, DateTime now, bool ago = false)
    {
        var text = Duration(now - since) + (ago ? " ago" : string.Empty);
        return new HtmlString(
            $"<time datetime=\"{Iso(since)}\" data-age=\"{(ago ? "ago" : "duration")}\" data-age-now=\"{Iso(now)}\" " +
            $"title=\"{HtmlEncoder.Default.Encode(Time(since))}\" aria-live=\"off\">{HtmlEncoder.Default.Encode(text)}</time>");
    }

    /// <summary>A past moment as an age ("12 min ago", the UTC time on hover), or "—" when there is none.</summary>
    public static IHtmlContent Ago(DateTime? utc, DateTime now) =>
        utc is { } value ? Age(value, now, ago: true) : new HtmlString("—");

    private static string Iso(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", Culture);

    /// <summary>A file's size as people read it: "812 B", "48 KB", "3.2 MB".</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024} KB",
        _ => (bytes / (1024d * 1024)).ToString("0.0", Culture) + " MB",
    };

    /// <summary>Who wrote a message, as the thread says it.</summary>
    public static string Author(MessageAuthorRole role) => role switch
    {
        MessageAuthorRole.Customer => "customer",
        MessageAuthorRole.Agent => "agent",
        MessageAuthorRole.Manager => "manager",
        _ => "SupportDesk",
    };

    public static string Status(TicketStatus status) => status switch
    {
        TicketStatus.Open => "Waiting",
        TicketStatus.InProgress => "In progress",
        _ => "Resolved",
    };

    public static string Reason(ReturnReason reason) => ReturnReasonWords.Of(reason);

    public static string Outcome(ResolutionOutcome? outcome) => outcome switch
    {
        null => "—",
        { } value => ResolutionOutcomeWords.Of(value),
    };

    public static string Event(TicketEventType type) => type switch
    {
        TicketEventType.ReturnedToQueue => "Returned to queue",
        TicketEventType.PriorityChanged => "Priority changed",
        TicketEventType.SlaBreached => "Service level missed",
        _ => type.ToString(),
    };

    public static string AgentStatus(AgentStatus status, string? ticketNumber) => status switch
    {
        Domain.Agents.AgentStatus.Busy => ticketNumber is null ? "Busy" : $"Working on {ticketNumber}",
        _ => status.ToString(),
    };
}
