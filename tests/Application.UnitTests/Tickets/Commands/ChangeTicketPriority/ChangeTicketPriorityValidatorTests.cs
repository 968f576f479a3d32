using SupportDesk.Application.Tickets.Commands.ChangeTicketPriority;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.UnitTests.Tickets.Commands.ChangeTicketPriority;

public class ChangeTicketPriorityValidatorTests
{
    private static readonly ChangeTicketPriorityCommand Valid = new(Guid.NewGuid(), TicketPriority.Low);
    private readonly ChangeTicketPriorityValidator _validator = new();

    [TestCase(TicketPriority.High)]
    [TestCase(TicketPriority.Normal)]
    [TestCase(TicketPriority.Low)]
    public void Every_priority_passes(TicketPriority priority) =>
        Assert.That(_validator.FailingFields(Valid with { Priority = priority }), Is.Empty);

    [Test]
    public void An_empty_ticket_id_fails_on_ticket_id() =>
        Assert.That(_validator.FailingFields(Valid with { TicketId = Guid.Empty }), Is.EqualTo(new[] { "TicketId" }));

    [Test]
    public void An_unknown_priority_fails_on_priority() =>
        Assert.That(_validator.FailingFields(Valid with { Priority = (TicketPriority)9 }), Is.EqualTo(new[] { "Priority" }));
}
