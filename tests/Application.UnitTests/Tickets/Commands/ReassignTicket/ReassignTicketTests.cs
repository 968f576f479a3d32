using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SupportDesk.Application.Common.Security;
using SupportDesk.Application.Tickets.Commands.ReassignTicket;
using SupportDesk.Application.Tickets.Queries;
using SupportDesk.Domain.Agents;
using SupportDesk.Domain.Common;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.UnitTests.Tickets.Commands.ReassignTicket;

/// <summary>ReassignTicket's orchestration: the manager moves the ticket through the domain, the change is saved
/// once, and only then is an assignment run asked for (the queue or the freed holder may now meet).</summary>
public class ReassignTicketTests
{
    private MockDatabase _db = null!;
    private Mock<IAssignmentTrigger> _assignment = null!;
    private Mock<IAgentLocks> _locks = null!;
    private Mock<IRowLock> _lock = null!;
    private int _savesWhenAssignmentAsked;
    private Agent _holder = null!;
    private Agent _free = null!;
    private Ticket _ticket = null!;

    [SetUp]
    public void Create()
    {
        _db = new MockDatabase();
        _savesWhenAssignmentAsked = -1;
        _lock = new Mock<IRowLock>();
        _locks = new Mock<IAgentLocks>();
        _locks.Setup(l => l.LockAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>())).ReturnsAsync(_lock.Object);
        _assignment = new Mock<IAssignmentTrigger>();
        _assignment.Setup(a => a.RequestAssignmentAsync(It.IsAny<CancellationToken>()))
            .Callback(() => _savesWhenAssignmentAsked = _db.Saves)
            .Returns(Task.CompletedTask);
        var customer = Build.Customer();
        var order = Build.Order(customer);
        _db.Customers.Add(customer);
        _db.Orders.Add(order);
        _holder = Build.Agent("agent-1");
        _free = Build.Agent("agent-2", "Alan Turing");
        _db.Agents.Add(_holder);
        _db.Agents.Add(_free);
        _ticket = Build.Ticket(customer, order);
        _ticket.AssignTo(_holder, Build.Now.AddMinutes(-30));
        _db.Tickets.Add(_ticket);
    }

    private Task<TicketDto> Reassign(Guid? agentId, Guid? ticketId = null)
    {
        var handler = new ReassignTicketHandler(_db.Object, new CurrentActor(Users.SignedIn("manager-1", Roles.Manager), _db.Object),
            _locks.Object, _assignment.Object, new FixedClock(), Mapper.Application, NullLogger<ReassignTicketHandler>.Instance);
        return handler.Handle(new ReassignTicketCommand(ticketId ?? _ticket.Id, agentId), CancellationToken.None);
    }

    [Test]
    public async Task Back_to_the_queue_saves_once_then_asks_for_an_assignment_run()
    {
        var dto = await Reassign(null);

        Assert.Multiple(() =>
        {
            Assert.That(dto.Status, Is.EqualTo(TicketStatus.Open));
            Assert.That(dto.AssignedAgentId, Is.Null);
            Assert.That(dto.History.Last().Type, Is.EqualTo(TicketEventType.ReturnedToQueue));
            Assert.That(dto.History.Last().Actor, Is.EqualTo(Roles.Manager), "the manager's email never reaches the history");
            Assert.That(_holder.CurrentTicketId, Is.Null);
            Assert.That(_db.Saves, Is.EqualTo(1));
            Assert.That(_savesWhenAssignmentAsked, Is.EqualTo(1));
        });
        _locks.VerifyNoOtherCalls();
    }

    [Test]
    public async Task To_a_free_agent_hands_it_over_and_the_freed_holder_is_offered_the_queue()
    {
        var dto = await Reassign(_free.Id);

        Assert.Multiple(() =>
        {
            Assert.That(dto.Status, Is.EqualTo(TicketStatus.InProgress));
            Assert.That(dto.AssignedAgentId, Is.EqualTo(_free.Id));
            Assert.That(dto.AssignedAgentName, Is.EqualTo("Alan Turing"));
            Assert.That(_free.CurrentTicketId, Is.EqualTo(_ticket.Id));
            Assert.That(_holder.CurrentTicketId, Is.Null);
            Assert.That(_db.Saves, Is.EqualTo(1));
            Assert.That(_savesWhenAssignmentAsked, Is.EqualTo(1));
        });
        _locks.Verify(l => l.LockAsync(_free.Id, It.IsAny<CancellationToken>()), Times.Once);
        _lock.Verify(l => l.CommitAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public void An_unknown_ticket_is_not_found_and_nothing_is_saved()
    {
        Assert.ThrowsAsync<NotFoundException>(() => Reassign(null, Guid.NewGuid()));
        Assert.That(_db.Saves, Is.Zero);
        _assignment.VerifyNoOtherCalls();
    }

    [Test]
    public void An_unknown_agent_is_not_found_and_nothing_is_saved()
    {
        Assert.ThrowsAsync<NotFoundException>(() => Reassign(Guid.NewGuid()));
        Assert.That(_db.Saves, Is.Zero);
        Assert.That(_holder.CurrentTicketId, Is.EqualTo(_ticket.Id));
        _assignment.VerifyNoOtherCalls();
    }

    [Test]
    public void An_away_agent_is_refused_and_nothing_is_saved()
    {
        _free.GoAway();

        Assert.That(() => Reassign(_free.Id), Throws.InstanceOf<DomainException>()
            .With.Property(nameof(DomainException.Code)).EqualTo(AgentErrorCodes.Unavailable));
        Assert.That(_db.Saves, Is.Zero);
        _assignment.VerifyNoOtherCalls();
        _lock.Verify(l => l.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void The_agent_taken_meanwhile_answers_a_conflict_and_asks_for_no_assignment()
    {
        _db.FailSaves(new DbUpdateException("the unique holder column refused a second ticket"));

        Assert.That(() => Reassign(_free.Id), Throws.TypeOf<ConflictException>()
            .With.Property(nameof(ConflictException.Code)).EqualTo(AgentErrorCodes.Busy));
        _assignment.VerifyNoOtherCalls();
    }
}
