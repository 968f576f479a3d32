using SupportDesk.Domain.Orders;
using SupportDesk.Domain.Common;

namespace SupportDesk.Domain.UnitTests.Events;

/// <summary>Every change the shop's systems hear of is raised by the aggregate itself, once, with the change.</summary>
public class RaisedEventsTests
{
    [Test]
    public void A_ticket_raises_one_event_per_step_of_its_workflow()
    {
        var shop = new Shop();
        var agent = Build.Agent();
        var ticket = shop.OpenTicket();
        ticket.AssignTo(agent, Times.Assigned);
        ticket.Resolve(agent, ResolutionOutcome.Refund, "Refunded.", Times.Resolved);

        Assert.That(ticket.DomainEvents, Is.EqualTo(new[]
        {
            new TicketChanged(ticket.Id, TicketEventType.Opened),
            new TicketChanged(ticket.Id, TicketEventType.Assigned),
            new TicketChanged(ticket.Id, TicketEventType.Resolved),
        }));
    }

    [Test]
    public void Removing_an_agent_raises_its_removal_and_its_tickets_return_to_the_queue()
    {
        var shop = new Shop();
        var agent = Build.Agent();
        var ticket = shop.TicketHeldBy(agent);
        agent.ClearDomainEvents();
        ticket.ClearDomainEvents();

        agent.Remove(ticket, "Manager", Times.Later);

        Assert.Multiple(() =>
        {
            Assert.That(agent.DomainEvents, Is.EqualTo(new[] { new AgentChanged(agent.Id, AgentChange.Removed) }));
            Assert.That(ticket.DomainEvents, Is.EqualTo(new[] { new TicketChanged(ticket.Id, TicketEventType.ReturnedToQueue) }));
        });
    }

    [Test]
    public void An_agent_raises_creation_and_each_real_change_only()
    {
        var agent = Build.Agent();
        agent.UpdateDetails(agent.FullName, agent.Email);
        agent.BecomeAvailable(Times.Later);
        agent.GoAway();
        agent.GoAway();
        agent.UpdateDetails("Grace B. Hopper", agent.Email);

        Assert.That(agent.DomainEvents, Is.EqualTo(new object[]
        {
            new AgentChanged(agent.Id, AgentChange.Created),
            new AgentChanged(agent.Id, AgentChange.AvailabilityChanged),
            new AgentChanged(agent.Id, AgentChange.Updated),
        }));
    }

    [Test]
    public void An_imported_order_raises_its_import()
    {
        var order = Build.Order(Build.Customer());

        Assert.That(order.DomainEvents, Is.EqualTo(new[] { new OrderImported(order.Id) }));
    }

    [Test]
    public void A_refused_change_raises_nothing()
    {
        var shop = new Shop();
        var ticket = shop.OpenTicket();
        ticket.ClearDomainEvents();

        Assert.That(() => ticket.Resolve(Build.Agent(), ResolutionOutcome.Refund, "Refunded.", Times.Resolved),
            Throws.InstanceOf<DomainException>());
        Assert.That(ticket.DomainEvents, Is.Empty);
    }
}
