using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SupportDesk.Application.Agents.Commands.RemoveAgent;
using SupportDesk.Application.Common.Security;
using SupportDesk.Domain.Agents;
using SupportDesk.Domain.Common;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.UnitTests.Agents.Commands.RemoveAgent;

/// <summary>RemoveAgent: domain rows saved first, then the account disabled, in one transaction; a returned ticket
/// is offered to the other agents only once all of that is committed.</summary>
public class RemoveAgentTests
{
    private MockDatabase _db = null!;
    private Mock<IIdentityService> _identity = null!;
    private Mock<IAssignmentTrigger> _assignment = null!;
    private Agent _agent = null!;

    [SetUp]
    public void Create()
    {
        _db = new MockDatabase();
        _identity = new Mock<IIdentityService>();
        _identity.Setup(i => i.DisableUserAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback((string userId, CancellationToken _) => _db.Steps.Add($"disable {userId}"))
            .Returns(Task.CompletedTask);
        _assignment = new Mock<IAssignmentTrigger>();
        _assignment.Setup(a => a.RequestAssignmentAsync(It.IsAny<CancellationToken>()))
            .Callback(() => _db.Steps.Add("assignment")).Returns(Task.CompletedTask);
        _agent = Build.Agent("agent-1");
        _db.Agents.Add(_agent);
    }

    private Task Remove(Guid? id = null)
    {
        var handler = new RemoveAgentHandler(_db.Object, _identity.Object, _assignment.Object,
            new CurrentActor(Users.SignedIn("manager-1", Roles.Manager), _db.Object), new FixedClock(),
            NullLogger<RemoveAgentHandler>.Instance);
        return handler.Handle(new RemoveAgentCommand(id ?? _agent.Id), CancellationToken.None);
    }

    private Ticket TicketHeldByAgent()
    {
        var customer = Build.Customer();
        var ticket = Build.Ticket(customer, Build.Order(customer));
        ticket.AssignTo(_agent, Build.Now.AddMinutes(-10));
        _db.Tickets.Add(ticket);
        return ticket;
    }

    [Test]
    public async Task Removing_a_busy_agent_returns_the_ticket_and_offers_it_after_the_commit()
    {
        var ticket = TicketHeldByAgent();

        await Remove();

        Assert.Multiple(() =>
        {
            Assert.That(_agent.Status, Is.EqualTo(AgentStatus.Removed));
            Assert.That(ticket.Status, Is.EqualTo(TicketStatus.Open));
            Assert.That(ticket.History.Last().Actor, Is.EqualTo("Manager"), "the role, never the manager's email (customers read the history)");
            Assert.That(_db.Steps, Is.EqualTo(new[] { "begin", "save", "disable agent-1", "commit", "assignment" }));
        });
    }

    [Test]
    public async Task Removing_a_free_agent_disables_the_account_and_asks_for_no_assignment()
    {
        await Remove();

        Assert.Multiple(() =>
        {
            Assert.That(_agent.Status, Is.EqualTo(AgentStatus.Removed));
            Assert.That(_db.Steps, Is.EqualTo(new[] { "begin", "save", "disable agent-1", "commit" }));
        });
    }

    [Test]
    public void An_agent_changed_meanwhile_answers_a_conflict_and_keeps_the_account()
    {
        TicketHeldByAgent();
        _db.FailSaves(new DbUpdateConcurrencyException("the agent resolved the ticket meanwhile"));

        Assert.That(() => Remove(), Throws.TypeOf<ConflictException>()
            .With.Property(nameof(ConflictException.Code)).EqualTo("agent.changed"));
        Assert.That(_db.Steps, Is.EqualTo(new[] { "begin", "failed save" }));
    }

    [Test]
    public void An_unknown_agent_is_not_found()
    {
        Assert.ThrowsAsync<NotFoundException>(() => Remove(Guid.NewGuid()));
        Assert.That(_db.Steps, Is.Empty);
    }

    [Test]
    public void Removing_a_removed_agent_is_refused_before_anything_is_written()
    {
        _agent.Remove(null, "someone", Build.Now.AddDays(-1));

        Assert.That(() => Remove(), Throws.InstanceOf<DomainException>()
            .With.Property(nameof(DomainException.Code)).EqualTo(AgentErrorCodes.Removed));
        Assert.That(_db.Steps, Is.Empty);
    }
}
