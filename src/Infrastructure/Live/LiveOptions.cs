using System.ComponentModel.DataAnnotations;

namespace SupportDesk.Infrastructure.Live;

/// <summary>How the portal follows the feed for its live pages (<c>Live:*</c>).</summary>
public sealed class LiveOptions
{
    public const string SectionName = "Live";

    /// <summary>How often the feed is read while at least one page listens; the longest a change waits to be pushed.</summary>
    [Range(20, 5000)]
    public int PollMilliseconds { get; set; } = 100;

    /// <summary>How long the feed is still read after the last page left, so a page moving to the next does not
    /// make it start over.</summary>
    [Range(0, 3600)]
    public int IdleSeconds { get; set; } = 30;

    /// <summary>How often an idle connection carries a keep-alive, so proxies do not close it.</summary>
    [Range(1, 300)]
    public int KeepAliveSeconds { get; set; } = 25;

    /// <summary>How long one connection lasts; the browser then reconnects, and the session is checked again.</summary>
    [Range(1, 240)]
    public int MaxConnectionMinutes { get; set; } = 10;
}
