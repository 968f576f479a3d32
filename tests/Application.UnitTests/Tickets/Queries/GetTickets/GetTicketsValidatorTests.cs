using SupportDesk.Application.Tickets.Queries.GetTickets;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.UnitTests.Tickets.Queries.GetTickets;

public class GetTicketsValidatorTests
{
    private static readonly DateTime Monday = new(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc);
    private readonly GetTicketsValidator _validator = new();

    [Test]
    public void The_default_query_passes() => Assert.That(_validator.FailingFields(new GetTicketsQuery()), Is.Empty);

    [Test]
    public void More_statuses_than_there_are_fails_on_status() =>
        Assert.That(_validator.FailingFields(new GetTicketsQuery
        {
            Status = [TicketStatus.Open, TicketStatus.InProgress, TicketStatus.Resolved, TicketStatus.Open],
        }), Is.EqualTo(new[] { "Status" }));

    [Test]
    public void A_page_beyond_the_bound_fails_on_page() =>
        Assert.That(_validator.FailingFields(new GetTicketsQuery { Page = Application.Common.Models.Paging.MaxPage + 1 }),
            Is.EqualTo(new[] { "Page" }));

    [Test]
    public void A_fully_filtered_query_passes() =>
        Assert.That(_validator.FailingFields(new GetTicketsQuery
        {
            Status = [TicketStatus.Open, TicketStatus.InProgress],
            Priority = [TicketPriority.High, TicketPriority.Low],
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

    [Test]
    public void An_unknown_priority_fails_on_that_priority() =>
        Assert.That(_validator.FailingFields(new GetTicketsQuery { Priority = [TicketPriority.Low, (TicketPriority)7] }),
            Is.EqualTo(new[] { "Priority[1]" }));

    [Test]
    public void More_priorities_than_there_are_fails_on_priority() =>
        Assert.That(_validator.FailingFields(new GetTicketsQuery
        {
            Priority = [TicketPriority.High, TicketPriority.Normal, TicketPriority.Low, TicketPriority.High],
        }), Is.EqualTo(new[] { "Priority" }));

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
