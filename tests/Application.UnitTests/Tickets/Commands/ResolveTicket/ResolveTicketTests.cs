using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SupportDesk.Application.Common.Security;
using SupportDesk.Application.Tickets.Commands.ResolveTicket;
using SupportDesk.Application.Tickets.Queries;
using SupportDesk.Domain.Agents;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.UnitTests.Tickets.Commands.ResolveTicket;

/// <summary>ResolveTicket's orchestration: the signed-in agent resolves through the domain, the change is saved,
/// and only then is the freed agent offered the next ticket.</summary>
public class ResolveTicketTests
{
    private MockDatabase _db = null!;
    private Mock<IAssignmentTrigger> _assignment = null!;
    private Mock<IDeskMetrics> _metrics = null!;
    private int _savesWhenAssignmentAsked;
    private Agent _holder = null!;
    private Ticket _ticket = null!;

    [SetUp]
    public void Create()
    {
        _db = new MockDatabase();
        _savesWhenAssignmentAsked = -1;
        _assignment = new Mock<IAssignmentTrigger>();
        _metrics = new Mock<IDeskMetrics>();
        _assignment.Setup(a => a.RequestAssignmentAsync(It.IsAny<CancellationToken>()))
            .Callback(() => _savesWhenAssignmentAsked = _db.Saves)
            .Returns(Task.CompletedTask);
        var customer = Build.Customer();
        var order = Build.Order(customer);
        _db.Customers.Add(customer);
        _db.Orders.Add(order);
        _holder = Build.Agent("agent-1");
        _db.Agents.Add(_holder);
        _ticket = Build.Ticket(customer, order);
        _ticket.AssignTo(_holder, Build.Now.AddMinutes(-30));
        _db.Tickets.Add(_ticket);
    }

    private Task<TicketDto> Resolve(string userId = "agent-1", ResolutionOutcome outcome = ResolutionOutcome.Refund)
    {
        var handler = new ResolveTicketHandler(_db.Object, new CurrentActor(Users.SignedIn(userId, Roles.Agent), _db.Object),
            _assignment.Object, new FixedClock(), Mapper.Application, _metrics.Object, NullLogger<ResolveTicketHandler>.Instance);
        return handler.Handle(new ResolveTicketCommand(_ticket.Id, outcome, "Refunded in full."), CancellationToken.None);
    }

    [Test]
    public async Task The_holder_resolves_and_the_freed_agent_is_offered_the_next_ticket_after_the_save()
    {
        var dto = await Resolve();

        Assert.Multiple(() =>
        {
            Assert.That(dto.Status, Is.EqualTo(TicketStatus.Resolved));
            Assert.That(dto.Outcome, Is.EqualTo(ResolutionOutcome.Refund));
            Assert.That(dto.ResolutionNote, Is.EqualTo("Refunded in full."));
            Assert.That(dto.ResolvedAt, Is.EqualTo(Build.Now));
            Assert.That(dto.AssignedAgentName, Is.EqualTo("Grace Hopper"));
            Assert.That(dto.History.Select(h => h.Type), Is.EqualTo(new[]
            {
                TicketEventType.Opened, TicketEventType.Assigned, TicketEventType.Resolved,
            }));
            Assert.That(_holder.CurrentTicketId, Is.Null);
            Assert.That(_db.Saves, Is.EqualTo(1));
            Assert.That(_savesWhenAssignmentAsked, Is.EqualTo(1));
        });
        _metrics.Verify(m => m.TicketResolved(ResolutionOutcome.Refund), Times.Once());
    }

    [Test]
    public void Another_agent_is_refused_nothing_is_saved_and_no_assignment_is_asked()
    {
        _db.Agents.Add(Build.Agent("agent-2", "Alan Turing"));

        Assert.ThrowsAsync<TicketNotHeldByAgentException>(() => Resolve(userId: "agent-2"));
        Assert.That(_db.Saves, Is.Zero);
        _assignment.VerifyNoOtherCalls();
        _metrics.VerifyNoOtherCalls();
    }

    [Test]
    public void An_unknown_ticket_is_not_found()
    {
        _db.Tickets.Clear();

        Assert.ThrowsAsync<NotFoundException>(() => Resolve());
        _assignment.VerifyNoOtherCalls();
    }

    [Test]
    public void A_signed_in_user_who_is_no_agent_is_forbidden()
    {
        Assert.ThrowsAsync<ForbiddenAccessException>(() => Resolve(userId: "customer-1"));
        Assert.That(_db.Saves, Is.Zero);
    }

    [Test]
    public void A_ticket_changed_meanwhile_answers_a_conflict_and_asks_for_no_assignment()
    {
        _db.FailSaves(new DbUpdateConcurrencyException("the holder was removed meanwhile"));

        Assert.That(() => Resolve(), Throws.TypeOf<ConflictException>()
            .With.Property(nameof(ConflictException.Code)).EqualTo("ticket.changed"));
        _assignment.VerifyNoOtherCalls();
        _metrics.VerifyNoOtherCalls();
    }
}
