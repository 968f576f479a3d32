using SupportDesk.Application.Tickets.Commands.ReassignTicket;

namespace SupportDesk.Application.UnitTests.Tickets.Commands.ReassignTicket;

public class ReassignTicketValidatorTests
{
    private static readonly ReassignTicketCommand Valid = new(Guid.NewGuid(), Guid.NewGuid());
    private readonly ReassignTicketValidator _validator = new();

    [Test]
    public void An_agent_passes() => Assert.That(_validator.FailingFields(Valid), Is.Empty);

    [Test]
    public void No_agent_passes_it_means_the_queue() =>
        Assert.That(_validator.FailingFields(Valid with { AgentId = null }), Is.Empty);

    [Test]
    public void An_empty_ticket_id_fails_on_ticket_id() =>
        Assert.That(_validator.FailingFields(Valid with { TicketId = Guid.Empty }), Is.EqualTo(new[] { "TicketId" }));

    [Test]
    public void An_empty_agent_id_fails_on_agent_id() =>
        Assert.That(_validator.FailingFields(Valid with { AgentId = Guid.Empty }), Is.EqualTo(new[] { "AgentId" }));
}
