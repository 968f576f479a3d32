using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using MediatR;
using Microsoft.Extensions.Options;
using SupportDesk.AdminPortal.Live;
using SupportDesk.Application.Agents.Queries.GetMyAgent;
using SupportDesk.Application.Live;
using SupportDesk.Infrastructure.Live;
using Roles = SupportDesk.Application.Common.Security.Roles;

namespace SupportDesk.AdminPortal.Controllers;

/// <summary>
/// The one long-lived connection of a live page (Server-Sent Events): it says which of the page's regions to fetch
/// again, the moment a change committed by any process reaches the feed. Each message's id is the feed position it
/// brings the page to; a browser that reconnects sends it back (<c>Last-Event-ID</c>) and is told what it missed.
/// </summary>
[Authorize(Roles = $"{Roles.Agent},{Roles.Manager}")]
[Route("live")]
public sealed class LiveController(IMediator mediator, ILiveFeed feed, IOptions<LiveOptions> options, TimeProvider clock,
    IHostApplicationLifetime lifetime) : PortalController(mediator)
{
    /// <summary>More missed events than this on reconnecting: the page refreshes every region instead.</summary>
    private const int CatchUpLimit = 1000;

    public const string ChangeEvent = "change";
    public const string SignOutEvent = "signout";
    public const string KeepAliveEvent = "keepalive";

    /// <param name="after">The feed position the page was rendered at (<c>data-live-after</c>); the browser's
    /// <c>Last-Event-ID</c> takes its place on a reconnection. Missing or negative: the page refreshes at once.</param>
    [HttpGet("")]
    public IResult Stream([FromQuery] long? after)
    {
        var resumeFrom = long.TryParse(Request.Headers["Last-Event-ID"], NumberStyles.None, CultureInfo.InvariantCulture, out var last)
            ? last
            : after;
        // Proxies must pass each message on as it is written.
        Response.Headers["X-Accel-Buffering"] = "no";
        // A process shutting down ends its connections (the browsers reconnect to another process, or to this one restarted).
        var ended = CancellationTokenSource.CreateLinkedTokenSource(HttpContext.RequestAborted, lifetime.ApplicationStopping);
        HttpContext.Response.RegisterForDispose(ended);
        return TypedResults.ServerSentEvents(StreamAsync(resumeFrom, ended.Token));
    }

    private async IAsyncEnumerable<SseItem<string>> StreamAsync(long? resumeFrom, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var subscription = feed.Subscribe();
        var position = await subscription.StartAsync(cancellationToken);
        // Read after the start: every change after it arrives below, so the watch cannot fall behind.
        var watch = User.IsInRole(Roles.Agent) ? await AgentWatchAsync(cancellationToken) : DeskWatch.ForManager();
        // The first message says the connection is open (and where the page now is): what it missed, or nothing.
        yield return await MissedSomethingAsync(watch, resumeFrom, position, cancellationToken)
            ? LiveMessages.Change(watch.AllTopics, position)
            : LiveMessages.KeepAlive(position);

        var keepAlive = TimeSpan.FromSeconds(settings.KeepAliveSeconds);
        var closeAt = clock.GetUtcNow().AddMinutes(settings.MaxConnectionMinutes);
        while (!cancellationToken.IsCancellationRequested && clock.GetUtcNow() < closeAt)
        {
            if (await subscription.NextAsync(keepAlive, cancellationToken) is not { } first)
            {
                yield return LiveMessages.KeepAlive(position);
                continue;
            }

            // Everything already read goes in one message, so a busy desk fetches a region once, not once per event.
            var topics = new HashSet<string>(StringComparer.Ordinal);
            for (var change = first; change is not null; change = await subscription.NextAsync(TimeSpan.Zero, cancellationToken))
            {
                position = change.Position;
                topics.UnionWith(watch.TopicsFor(change));
            }

            if (topics.Contains(LiveTopics.SignOut))
            {
                yield return LiveMessages.SignOut(position);
                yield break;
            }

            if (topics.Count > 0)
            {
                yield return LiveMessages.Change(topics, position);
            }
        }
    }

    private async Task<DeskWatch> AgentWatchAsync(CancellationToken cancellationToken)
    {
        var desk = await Sender.Send(new GetMyAgentQuery(), cancellationToken);
        return DeskWatch.ForAgent(desk.Agent.Id, desk.CurrentTicket?.Id);
    }

    /// <summary>Whether anything this page shows changed between <paramref name="resumeFrom"/> and
    /// <paramref name="position"/>; always when the page does not know where it was.</summary>
    private async Task<bool> MissedSomethingAsync(DeskWatch watch, long? resumeFrom, long position, CancellationToken cancellationToken)
    {
        if (resumeFrom is not { } seen || seen < 0)
        {
            return true;
        }

        if (seen >= position)
        {
            return false;
        }

        return await feed.ReadAsync(seen, position, CatchUpLimit, cancellationToken) is not { } missed || missed.Any(watch.Hears);
    }
}
