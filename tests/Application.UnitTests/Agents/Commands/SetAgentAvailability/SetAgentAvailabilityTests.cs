using Microsoft.EntityFrameworkCore;
using SupportDesk.Application.Agents.Commands.SetAgentAvailability;
using SupportDesk.Application.Agents.Queries;
using SupportDesk.Application.Common.Security;
using SupportDesk.Domain.Agents;

namespace SupportDesk.Application.UnitTests.Agents.Commands.SetAgentAvailability;

/// <summary>SetAgentAvailability: an agent changes their own availability (a manager anyone's); an assignment is
/// asked only when the change lets the agent take a ticket, and only after it is saved.</summary>
public class SetAgentAvailabilityTests
{
    private MockDatabase _db = null!;
    private Mock<IAssignmentTrigger> _assignment = null!;
    private int _savesWhenAssignmentAsked;
    private Agent _agent = null!;

    [SetUp]
    public void Create()
    {
        _db = new MockDatabase();
        _savesWhenAssignmentAsked = -1;
        _assignment = new Mock<IAssignmentTrigger>();
        _assignment.Setup(a => a.RequestAssignmentAsync(It.IsAny<CancellationToken>()))
            .Callback(() => _savesWhenAssignmentAsked = _db.Saves)
            .Returns(Task.CompletedTask);
        _agent = Build.Agent("agent-1");
        _db.Agents.Add(_agent);
    }

    private Task<AgentDto> Set(bool available, string userId = "agent-1", string role = Roles.Agent)
    {
        var handler = new SetAgentAvailabilityHandler(_db.Object, new CurrentActor(Users.SignedIn(userId, role), _db.Object),
            _assignment.Object, new FixedClock());
        return handler.Handle(new SetAgentAvailabilityCommand(_agent.Id, available), CancellationToken.None);
    }

    [Test]
    public async Task Coming_back_free_is_saved_then_asks_for_an_assignment()
    {
        _agent.GoAway();

        var dto = await Set(available: true);

        Assert.Multiple(() =>
        {
            Assert.That(dto.Status, Is.EqualTo(AgentStatus.Available));
            Assert.That(dto.AvailableSince, Is.EqualTo(Build.Now));
            Assert.That(_savesWhenAssignmentAsked, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Going_away_is_saved_and_asks_for_no_assignment()
    {
        var dto = await Set(available: false);

        Assert.Multiple(() =>
        {
            Assert.That(dto.Status, Is.EqualTo(AgentStatus.Away));
            Assert.That(dto.Available, Is.False);
            Assert.That(_db.Saves, Is.EqualTo(1));
        });
        _assignment.VerifyNoOtherCalls();
    }

    [Test]
    public async Task Coming_back_while_holding_a_ticket_asks_for_no_assignment()
    {
        var customer = Build.Customer();
        var order = Build.Order(customer);
        var ticket = Build.Ticket(customer, order);
        ticket.AssignTo(_agent, Build.Now.AddMinutes(-10));
        _db.Tickets.Add(ticket);
        _agent.GoAway();

        var dto = await Set(available: true);

        Assert.Multiple(() =>
        {
            Assert.That(dto.Status, Is.EqualTo(AgentStatus.Busy));
            Assert.That(dto.CurrentTicketNumber, Is.EqualTo(ticket.Number));
        });
        _assignment.VerifyNoOtherCalls();
    }

    [Test]
    public async Task Becoming_available_when_already_available_asks_for_no_assignment()
    {
        await Set(available: true);

        _assignment.VerifyNoOtherCalls();
    }

    [Test]
    public void An_agent_cannot_change_another_agents_availability()
    {
        _db.Agents.Add(Build.Agent("agent-2", "Alan Turing"));

        Assert.ThrowsAsync<ForbiddenAccessException>(() => Set(available: false, userId: "agent-2"));
        Assert.Multiple(() =>
        {
            Assert.That(_agent.Availability, Is.EqualTo(AgentAvailability.Available));
            Assert.That(_db.Saves, Is.Zero);
        });
    }

    [Test]
    public async Task A_manager_changes_any_agents_availability()
    {
        var dto = await Set(available: false, userId: "manager-1", role: Roles.Manager);

        Assert.That(dto.Status, Is.EqualTo(AgentStatus.Away));
    }

    [Test]
    public void An_unknown_agent_is_not_found()
    {
        _db.Agents.Clear();

        Assert.ThrowsAsync<NotFoundException>(() => Set(available: true));
    }

    [Test]
    public void An_agent_changed_meanwhile_answers_a_conflict_and_asks_for_no_assignment()
    {
        _agent.GoAway();
        _db.FailSaves(new DbUpdateConcurrencyException("the agent took a ticket meanwhile"));

        Assert.That(() => Set(available: true), Throws.TypeOf<ConflictException>()
            .With.Property(nameof(ConflictException.Code)).EqualTo("agent.changed"));
        _assignment.VerifyNoOtherCalls();
    }
}
