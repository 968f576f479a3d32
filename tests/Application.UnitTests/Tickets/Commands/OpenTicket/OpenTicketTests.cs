using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SupportDesk.Application.Common.Security;
using SupportDesk.Application.Tickets.Commands.OpenTicket;
using SupportDesk.Domain.Common;
using SupportDesk.Domain.Customers;
using SupportDesk.Domain.Orders;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.UnitTests.Tickets.Commands.OpenTicket;

/// <summary>OpenTicket's orchestration: save first, then ask for an assignment; nothing asked when nothing was
/// saved; a lost race on the line is retried a bounded number of times.</summary>
public class OpenTicketTests
{
    private MockDatabase _db = null!;
    private Mock<IAssignmentTrigger> _assignment = null!;
    private Mock<IDeskMetrics> _metrics = null!;
    private List<string> _steps = null!;
    private Customer _customer = null!;
    private Order _order = null!;

    [SetUp]
    public void Create()
    {
        _db = new MockDatabase();
        _steps = [];
        _assignment = new Mock<IAssignmentTrigger>();
        _metrics = new Mock<IDeskMetrics>();
        _assignment.Setup(a => a.RequestAssignmentAsync(It.IsAny<CancellationToken>()))
            .Callback(() => _steps.Add($"assignment requested after {_db.Saves} save(s)"))
            .Returns(Task.CompletedTask);
        _customer = Build.Customer("customer-1");
        _order = Build.Order(_customer, lineQuantity: 10);
        _db.Customers.Add(_customer);
        _db.Orders.Add(_order);
    }

    private Task<Application.Tickets.Queries.TicketDto> Open(int quantity = 2, Guid? orderId = null, string userId = "customer-1")
    {
        var held = new Mock<IRowLock>();
        held.Setup(l => l.CommitAsync(It.IsAny<CancellationToken>()))
            .Callback(() => _steps.Add($"line lock committed after {_db.Saves} save(s)")).Returns(Task.CompletedTask);
        held.Setup(l => l.DisposeAsync()).Callback(() => _steps.Add("line lock released")).Returns(ValueTask.CompletedTask);
        var locks = new Mock<IOrderLineLocks>();
        locks.Setup(l => l.LockAsync(It.IsAny<Guid>(), It.IsAny<Guid>(), It.IsAny<CancellationToken>()))
            .Callback(() => _steps.Add($"line locked after {_db.Saves} save(s)")).ReturnsAsync(held.Object);
        var handler = new OpenTicketHandler(_db.Object, locks.Object, new CurrentActor(Users.SignedIn(userId, Roles.Customer), _db.Object),
            _assignment.Object, new FixedClock(), Mapper.Application, ReturnPolicy.Default, ServiceLevelPolicy.Default, _metrics.Object, NullLogger<OpenTicketHandler>.Instance);
        return handler.Handle(new OpenTicketCommand(orderId ?? _order.Id, _order.Lines.First().Id, quantity,
            ReturnReason.Defective, "Stops heating."), CancellationToken.None);
    }

    [Test]
    public async Task Opening_saves_the_ticket_then_asks_for_an_assignment()
    {
        var dto = await Open();

        Assert.Multiple(() =>
        {
            Assert.That(_steps.Where(step => step.StartsWith("assignment", StringComparison.Ordinal)), Is.EqualTo(new[] { "assignment requested after 1 save(s)" }));
            Assert.That(_db.Tickets, Has.Count.EqualTo(1));
            Assert.That(dto.Id, Is.EqualTo(_db.Tickets[0].Id));
            Assert.That(dto.Status, Is.EqualTo(TicketStatus.Open));
            Assert.That(dto.Number, Does.Match("^T-[0-9A-Z]{4}-[0-9A-Z]{4}$"));
            Assert.That(dto.CreatedAt, Is.EqualTo(Build.Now));
            Assert.That(dto.OrderNumber, Is.EqualTo("SO-1001"));
            Assert.That(dto.Quantity, Is.EqualTo(2));
            Assert.That(dto.History.Select(h => h.Type), Is.EqualTo(new[] { TicketEventType.Opened }));
        });
    }

    [Test]
    public void A_refused_ticket_is_not_saved_and_asks_for_no_assignment()
    {
        Assert.That(() => Open(quantity: 11), Throws.InstanceOf<DomainException>()
            .With.Property(nameof(DomainException.Code)).EqualTo(TicketErrorCodes.QuantityExceeded));

        Assert.That(_db.Saves, Is.Zero);
        _assignment.VerifyNoOtherCalls();
    }

    [Test]
    public void Another_customers_order_is_not_found_and_asks_for_no_assignment()
    {
        var stranger = Build.Customer("customer-2", "mallory@example.com");
        _db.Customers.Add(stranger);

        Assert.ThrowsAsync<NotFoundException>(() => Open(userId: "customer-2"));
        Assert.That(_db.Saves, Is.Zero);
        _assignment.VerifyNoOtherCalls();
    }

    [Test]
    public void A_signed_in_user_who_is_no_customer_is_forbidden()
    {
        Assert.ThrowsAsync<ForbiddenAccessException>(() => Open(userId: "agent-1"));
        _assignment.VerifyNoOtherCalls();
    }

    [Test]
    public async Task The_line_is_locked_before_it_is_read_and_the_lock_committed_after_the_save()
    {
        await Open();

        Assert.That(_steps, Is.EqualTo(new[]
        {
            "line locked after 0 save(s)", "line lock committed after 1 save(s)", "line lock released",
            "assignment requested after 1 save(s)",
        }));
    }

    [Test]
    public async Task A_lost_race_on_the_line_is_retried_and_assigned_once_saved()
    {
        _db.FailSaves(new DbUpdateConcurrencyException("the line changed meanwhile"));
        _db.OnDiscard = _db.Tickets.Clear;

        await Open();

        Assert.Multiple(() =>
        {
            Assert.That(_db.Saves, Is.EqualTo(2));
            Assert.That(_steps.Where(step => step.StartsWith("assignment", StringComparison.Ordinal)), Is.EqualTo(new[] { "assignment requested after 2 save(s)" }));
            Assert.That(_db.Tickets, Has.Count.EqualTo(1));
        });
        _metrics.Verify(m => m.TicketOpened(_db.Tickets.Single().Priority), Times.Once(), "counted once, when saved");
    }

    [Test]
    public void Losing_every_race_answers_a_conflict_and_asks_for_no_assignment()
    {
        _db.FailEverySave(() => new DbUpdateConcurrencyException("the line changed meanwhile"));
        _db.OnDiscard = _db.Tickets.Clear;

        Assert.That(() => Open(), Throws.TypeOf<ConflictException>()
            .With.Property(nameof(ConflictException.Code)).EqualTo("ticket.busy_line"));
        Assert.That(_db.Saves, Is.EqualTo(OpenTicketHandler.MaxAttempts));
        _assignment.VerifyNoOtherCalls();
        _metrics.VerifyNoOtherCalls();
    }

    [Test]
    public async Task A_ticket_number_already_taken_is_drawn_again()
    {
        _db.FailSaves(new DbUpdateException("duplicate entry for the unique index on Tickets.Number"));
        _db.OnDiscard = _db.Tickets.Clear;

        await Open();

        Assert.Multiple(() =>
        {
            Assert.That(_db.Saves, Is.EqualTo(2));
            Assert.That(_db.Tickets, Has.Count.EqualTo(1));
            Assert.That(_steps.Where(step => step.StartsWith("assignment", StringComparison.Ordinal)), Is.EqualTo(new[] { "assignment requested after 2 save(s)" }));
        });
    }

    [Test]
    public void A_save_failing_every_time_for_another_reason_fails_and_asks_for_no_assignment()
    {
        _db.FailEverySave(() => new DbUpdateException("the database refused the row"));
        _db.OnDiscard = _db.Tickets.Clear;

        Assert.ThrowsAsync<DbUpdateException>(() => Open());
        Assert.That(_db.Saves, Is.EqualTo(OpenTicketHandler.MaxAttempts));
        _assignment.VerifyNoOtherCalls();
    }
}
