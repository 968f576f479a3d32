using SupportDesk.Application.Tickets.Commands.OpenTicket;
using SupportDesk.Application.Tickets.Commands.ResolveTicket;
using SupportDesk.Application.Tickets.Queries.GetTickets;
using SupportDesk.Domain.Common;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.UnitTests.Tickets.Commands.ResolveTicket;

public class ResolveTicketValidatorTests
{
    private static readonly ResolveTicketCommand Valid = new(Guid.NewGuid(), ResolutionOutcome.Refund, "Refunded in full.");
    private readonly ResolveTicketValidator _validator = new();

    [TestCase(ResolutionOutcome.Refund)]
    [TestCase(ResolutionOutcome.Replacement)]
    [TestCase(ResolutionOutcome.StoreCredit)]
    [TestCase(ResolutionOutcome.Rejected)]
    public void Every_outcome_with_a_note_passes(ResolutionOutcome outcome) =>
        Assert.That(_validator.FailingFields(Valid with { Outcome = outcome }), Is.Empty);

    [Test]
    public void An_empty_ticket_id_fails_on_ticket_id() =>
        Assert.That(_validator.FailingFields(Valid with { TicketId = Guid.Empty }), Is.EqualTo(new[] { "TicketId" }));

    [Test]
    public void An_unknown_outcome_fails_on_outcome() =>
        Assert.That(_validator.FailingFields(Valid with { Outcome = (ResolutionOutcome)9 }),
            Is.EqualTo(new[] { "Outcome" }));

    [TestCase("")]
    [TestCase(null)]
    public void A_missing_note_fails_on_note(string? note) =>
        Assert.That(_validator.FailingFields(Valid with { Note = note! }), Is.EqualTo(new[] { "Note" }));

    [Test]
    public void A_note_over_4000_characters_fails_on_note() =>
        Assert.That(_validator.FailingFields(Valid with { Note = new string('n', Limits.ResolutionNoteLength + 1) }),
            Is.EqualTo(new[] { "Note" }));
}
