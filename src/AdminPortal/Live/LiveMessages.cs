using System.Globalization;
using System.Net.ServerSentEvents;
using SupportDesk.AdminPortal.Controllers;

namespace SupportDesk.AdminPortal.Live;

/// <summary>The messages of a live connection (wwwroot/js/live.js reads them): each carries the feed position as its
/// id, so a reconnecting browser says where it was.</summary>
public static class LiveMessages
{
    /// <summary>How long a browser waits before reconnecting a dropped connection.</summary>
    public static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(2);

    /// <summary>The regions showing <paramref name="topics"/> fetch themselves again (space-separated).</summary>
    public static SseItem<string> Change(IEnumerable<string> topics, long position) =>
        Item(LiveController.ChangeEvent, string.Join(' ', topics.Order(StringComparer.Ordinal)), position);

    /// <summary>The session ended (the agent was removed): the page reloads and is sent to the sign-in page.</summary>
    public static SseItem<string> SignOut(long position) => Item(LiveController.SignOutEvent, "removed", position);

    /// <summary>Nothing happened; keeps proxies from closing the connection and the browser's position current.</summary>
    public static SseItem<string> KeepAlive(long position) => Item(LiveController.KeepAliveEvent, string.Empty, position);

    private static SseItem<string> Item(string type, string data, long position) =>
        new(data, type) { EventId = position.ToString(CultureInfo.InvariantCulture), ReconnectionInterval = Reconnect };
}
