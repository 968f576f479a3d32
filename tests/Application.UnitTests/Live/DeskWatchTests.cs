using SupportDesk.Application.Live;
using SupportDesk.Domain.Events;

namespace SupportDesk.Application.UnitTests.Live;

public sealed class DeskWatchTests
{
    private static readonly Guid Me = Guid.NewGuid();
    private static readonly Guid Colleague = Guid.NewGuid();
    private static readonly Guid Mine = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();

    private static LiveEvent Ticket(string type, Guid ticket, Guid? holder, long position = 1) => new(position, type, ticket, null, holder);

    private static LiveEvent Agent(string type, Guid agent) => new(1, type, null, agent, null);

    [Test]
    public void A_ticket_given_to_the_agent_refreshes_the_desk_and_is_then_followed()
    {
        var watch = DeskWatch.ForAgent(Me, currentTicketId: null);

        var topics = watch.TopicsFor(Ticket(EventTypes.TicketAssigned, Mine, Me));

        Assert.Multiple(() =>
        {
            Assert.That(topics, Is.EquivalentTo(new[] { LiveTopics.Desk, LiveTopics.Thread }));
            Assert.That(watch.TicketId, Is.EqualTo(Mine));
        });
    }

    [Test]
    public void Messages_and_notes_on_the_ticket_shown_refresh_the_thread_only()
    {
        var watch = DeskWatch.ForAgent(Me, Mine);

        Assert.Multiple(() =>
        {
            Assert.That(watch.TopicsFor(Ticket(EventTypes.TicketMessageAdded, Mine, Me)), Is.EqualTo(new[] { LiveTopics.Thread }));
            Assert.That(watch.TopicsFor(Ticket(EventTypes.DeskNoteAdded, Mine, Me)), Is.EqualTo(new[] { LiveTopics.Thread }));
            Assert.That(watch.TicketId, Is.EqualTo(Mine));
        });
    }

    [TestCase(EventTypes.TicketReturnedToQueue, false)]
    [TestCase(EventTypes.TicketAssigned, true)]
    public void The_ticket_shown_taken_away_refreshes_the_desk_and_is_no_longer_followed(string type, bool toColleague)
    {
        var watch = DeskWatch.ForAgent(Me, Mine);

        var topics = watch.TopicsFor(Ticket(type, Mine, toColleague ? Colleague : null));

        Assert.Multiple(() =>
        {
            Assert.That(topics, Does.Contain(LiveTopics.Desk));
            Assert.That(watch.TicketId, Is.Null);
            Assert.That(watch.TopicsFor(Ticket(EventTypes.TicketMessageAdded, Mine, Colleague)), Is.Empty, "now the colleague's");
        });
    }

    [Test]
    public void Resolving_the_ticket_shown_refreshes_the_desk_and_ends_following_it()
    {
        var watch = DeskWatch.ForAgent(Me, Mine);

        Assert.Multiple(() =>
        {
            Assert.That(watch.TopicsFor(Ticket(EventTypes.TicketResolved, Mine, Me)), Does.Contain(LiveTopics.Desk));
            Assert.That(watch.TicketId, Is.Null);
        });
    }

    [Test]
    public void Other_agents_tickets_and_accounts_are_not_the_agent_s_business()
    {
        var watch = DeskWatch.ForAgent(Me, Mine);

        Assert.Multiple(() =>
        {
            Assert.That(watch.TopicsFor(Ticket(EventTypes.TicketAssigned, Other, Colleague)), Is.Empty);
            Assert.That(watch.TopicsFor(Ticket(EventTypes.TicketOpened, Other, null)), Is.Empty);
            Assert.That(watch.TopicsFor(Ticket(EventTypes.DeskNoteAdded, Other, Colleague)), Is.Empty);
            Assert.That(watch.TopicsFor(Agent(EventTypes.AgentRemoved, Colleague)), Is.Empty);
            Assert.That(watch.TopicsFor(new LiveEvent(1, EventTypes.OrderImported, null, null, null)), Is.Empty);
            Assert.That(watch.TicketId, Is.EqualTo(Mine));
        });
    }

    [Test]
    public void The_agent_s_own_account_refreshes_the_desk_and_removal_ends_the_session()
    {
        var watch = DeskWatch.ForAgent(Me, null);

        Assert.Multiple(() =>
        {
            Assert.That(watch.TopicsFor(Agent(EventTypes.AgentAvailabilityChanged, Me)), Is.EqualTo(new[] { LiveTopics.Desk }));
            Assert.That(watch.TopicsFor(Agent(EventTypes.AgentRemoved, Me)), Is.EqualTo(new[] { LiveTopics.SignOut }));
        });
    }

    [Test]
    public void A_manager_s_pages_hear_every_event_of_the_contract_but_not_the_desk_s_own_signals()
    {
        var watch = DeskWatch.ForManager();

        Assert.Multiple(() =>
        {
            Assert.That(watch.TopicsFor(Ticket(EventTypes.TicketOpened, Other, null)),
                Is.EquivalentTo(new[] { LiveTopics.Dashboard, LiveTopics.Agents, LiveTopics.Deliveries }));
            Assert.That(watch.TopicsFor(Agent(EventTypes.AgentRemoved, Colleague)), Does.Contain(LiveTopics.Agents));
            Assert.That(watch.TopicsFor(new LiveEvent(1, EventTypes.OrderImported, null, null, null)), Is.EqualTo(new[] { LiveTopics.Deliveries }));
            Assert.That(watch.TopicsFor(Ticket(EventTypes.DeskNoteAdded, Mine, Me)), Is.Empty);
            Assert.That(watch.Hears(Ticket(EventTypes.DeskNoteAdded, Mine, Me)), Is.False);
            Assert.That(watch.AllTopics, Is.EquivalentTo(new[] { LiveTopics.Dashboard, LiveTopics.Agents, LiveTopics.Deliveries }));
        });
    }
}
