using SupportDesk.Application.Tickets.Commands.OpenTicket;
using SupportDesk.Application.Tickets.Commands.ResolveTicket;
using SupportDesk.Application.Tickets.Queries.GetTickets;
using SupportDesk.Domain.Common;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.UnitTests.Validators;

public class OpenTicketValidatorTests
{
    private static readonly OpenTicketCommand Valid =
        new(Guid.NewGuid(), Guid.NewGuid(), 1, ReturnReason.Damaged, "Arrived with a cracked lid.");

    private readonly OpenTicketValidator _validator = new();

    [Test]
    public void A_complete_request_passes() => Assert.That(_validator.FailingFields(Valid), Is.Empty);

    [Test]
    public void An_empty_order_id_fails_on_order_id() =>
        Assert.That(_validator.FailingFields(Valid with { OrderId = Guid.Empty }), Is.EqualTo(new[] { "OrderId" }));

    [Test]
    public void An_empty_order_line_id_fails_on_order_line_id() =>
        Assert.That(_validator.FailingFields(Valid with { OrderLineId = Guid.Empty }),
            Is.EqualTo(new[] { "OrderLineId" }));

    [TestCase(0)]
    [TestCase(-3)]
    [TestCase(Limits.MaxLineQuantity + 1)]
    public void A_quantity_out_of_range_fails_on_quantity(int quantity) =>
        Assert.That(_validator.FailingFields(Valid with { Quantity = quantity }), Is.EqualTo(new[] { "Quantity" }));

    [Test]
    public void An_unknown_reason_fails_on_reason() =>
        Assert.That(_validator.FailingFields(Valid with { Reason = (ReturnReason)42 }), Is.EqualTo(new[] { "Reason" }));

    [TestCase("")]
    [TestCase(null)]
    public void A_missing_description_fails_on_description(string? description) =>
        Assert.That(_validator.FailingFields(Valid with { Description = description! }),
            Is.EqualTo(new[] { "Description" }));

    [Test]
    public void A_description_over_4000_characters_fails_on_description() =>
        Assert.That(_validator.FailingFields(Valid with { Description = new string('d', Limits.DescriptionLength + 1) }),
            Is.EqualTo(new[] { "Description" }));
}

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

public class GetTicketsValidatorTests
{
    private static readonly DateTime Monday = new(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc);
    private readonly GetTicketsValidator _validator = new();

    [Test]
    public void The_default_query_passes() => Assert.That(_validator.FailingFields(new GetTicketsQuery()), Is.Empty);

    [Test]
    public void A_fully_filtered_query_passes() =>
        Assert.That(_validator.FailingFields(new GetTicketsQuery
        {
            Status = [TicketStatus.Open, TicketStatus.InProgress],
            AgentId = Guid.NewGuid(),
            CustomerId = Guid.NewGuid(),
            Q = "T-7KQ2-M9XD",
            CreatedFrom = Monday,
            CreatedTo = Monday.AddDays(7),
            OldestFirst = true,
            Page = 3,
            PageSize = 100,
        }), Is.Empty);

    [TestCase(0)]
    [TestCase(-1)]
    public void A_page_below_one_fails_on_page(int page) =>
        Assert.That(_validator.FailingFields(new GetTicketsQuery { Page = page }), Is.EqualTo(new[] { "Page" }));

    [TestCase(0)]
    [TestCase(101)]
    public void A_page_size_outside_1_to_100_fails_on_page_size(int pageSize) =>
        Assert.That(_validator.FailingFields(new GetTicketsQuery { PageSize = pageSize }),
            Is.EqualTo(new[] { "PageSize" }));

    [Test]
    public void Search_text_over_200_characters_fails_on_q() =>
        Assert.That(_validator.FailingFields(new GetTicketsQuery { Q = new string('q', 201) }), Is.EqualTo(new[] { "Q" }));

    [Test]
    public void An_unknown_status_fails_on_that_status() =>
        Assert.That(_validator.FailingFields(new GetTicketsQuery { Status = [TicketStatus.Open, (TicketStatus)7] }),
            Is.EqualTo(new[] { "Status[1]" }));

    [TestCase(0)]
    [TestCase(-1)]
    public void A_date_range_ending_before_or_at_its_start_fails_on_created_to(int days) =>
        Assert.That(_validator.FailingFields(new GetTicketsQuery { CreatedFrom = Monday, CreatedTo = Monday.AddDays(days) }),
            Is.EqualTo(new[] { "CreatedTo" }));

    [Test]
    public void A_range_open_at_one_end_passes()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_validator.FailingFields(new GetTicketsQuery { CreatedFrom = Monday }), Is.Empty);
            Assert.That(_validator.FailingFields(new GetTicketsQuery { CreatedTo = Monday }), Is.Empty);
        });
    }
}
