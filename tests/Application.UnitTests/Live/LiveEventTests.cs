using SupportDesk.Application.Live;
using SupportDesk.Domain.Events;

namespace SupportDesk.Application.UnitTests.Live;

public sealed class LiveEventTests
{
    private static readonly Guid Ticket = Guid.NewGuid();
    private static readonly Guid Agent = Guid.NewGuid();

    [Test]
    public void A_ticket_event_names_the_ticket_and_the_agent_holding_it()
    {
        var change = LiveEvent.From(7, EventTypes.TicketAssigned, $"ticket:{Ticket}",
            $$"""{"id":"{{Ticket}}","status":"InProgress","assignedAgentId":"{{Agent}}","history":[]}""");

        Assert.That(change, Is.EqualTo(new LiveEvent(7, EventTypes.TicketAssigned, Ticket, null, Agent)));
    }

    [Test]
    public void A_ticket_nobody_holds_names_no_agent()
    {
        var change = LiveEvent.From(8, EventTypes.TicketReturnedToQueue, $"ticket:{Ticket}", """{"assignedAgentId":null}""");

        Assert.That(change, Is.EqualTo(new LiveEvent(8, EventTypes.TicketReturnedToQueue, Ticket, null, null)));
    }

    [Test]
    public void An_agent_event_names_the_agent()
    {
        var change = LiveEvent.From(9, EventTypes.AgentRemoved, $"agent:{Agent}", $$"""{"id":"{{Agent}}"}""");

        Assert.That(change, Is.EqualTo(new LiveEvent(9, EventTypes.AgentRemoved, null, Agent, null)));
    }

    [TestCase("order:0b6c8c0e-8f4c-4a55-9d7a-6f1f1f0f1f0f")]
    [TestCase(null)]
    [TestCase("ticket:not-a-guid")]
    public void Anything_else_names_nobody(string? subject)
    {
        var change = LiveEvent.From(10, EventTypes.OrderImported, subject, "{}");

        Assert.Multiple(() =>
        {
            Assert.That(change.TicketId, Is.Null);
            Assert.That(change.AgentId, Is.Null);
            Assert.That(change.ConcernsTheDesk, Is.False);
        });
    }
}
