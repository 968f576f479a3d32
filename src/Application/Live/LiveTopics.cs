namespace SupportDesk.Application.Live;

/// <summary>The parts of a portal page a live connection refreshes; a page's regions name the topic they show.</summary>
public static class LiveTopics
{
    /// <summary>The agent's current ticket panel (a ticket arrived, left, or changed; availability changed).</summary>
    public const string Desk = "desk";

    /// <summary>The conversation of the agent's current ticket (a message or a note was added).</summary>
    public const string Thread = "thread";

    /// <summary>The manager's dashboard figures.</summary>
    public const string Dashboard = "dashboard";

    /// <summary>The manager's table of agents (status, current ticket).</summary>
    public const string Agents = "agents";

    /// <summary>A webhook's delivery log (each event may queue deliveries).</summary>
    public const string Deliveries = "deliveries";

    /// <summary>Not a region: the session ended (the agent was removed), so the page reloads to the sign-in page.</summary>
    public const string SignOut = "signout";
}
