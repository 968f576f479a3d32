using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SupportDesk.Application.Agents.Commands.CreateAgent;
using SupportDesk.Application.Agents.Queries;
using SupportDesk.Application.Common.Security;
using SupportDesk.Domain.Agents;
using ValidationException = SupportDesk.Application.Common.Exceptions.ValidationException;

namespace SupportDesk.Application.UnitTests.Agents.Commands.CreateAgent;

/// <summary>CreateAgent: account and agent in one transaction; the new free agent is offered a ticket after the commit.</summary>
public class CreateAgentTests
{
    private MockDatabase _db = null!;
    private Mock<IIdentityService> _identity = null!;
    private Mock<IAssignmentTrigger> _assignment = null!;

    [SetUp]
    public void Create()
    {
        _db = new MockDatabase();
        _identity = new Mock<IIdentityService>();
        _identity.Setup(i => i.CreateUserAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(),
                It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback(() => _db.Steps.Add("account"))
            .ReturnsAsync("agent-account-1");
        _assignment = new Mock<IAssignmentTrigger>();
        _assignment.Setup(a => a.RequestAssignmentAsync(It.IsAny<CancellationToken>()))
            .Callback(() => _db.Steps.Add("assignment")).Returns(Task.CompletedTask);
    }

    private Task<AgentDto> Send(string email = " Grace@Support.Example ") =>
        new CreateAgentHandler(_db.Object, _identity.Object, _assignment.Object, new FixedClock(),
                NullLogger<CreateAgentHandler>.Instance)
            .Handle(new CreateAgentCommand(" Grace Hopper ", email, "Passw0rd!-Long"), CancellationToken.None);

    [Test]
    public async Task A_new_agent_gets_an_agent_account_and_is_offered_a_ticket_after_the_commit()
    {
        var dto = await Send();

        Assert.Multiple(() =>
        {
            Assert.That(_db.Steps, Is.EqualTo(new[] { "begin", "account", "save", "commit", "assignment" }));
            Assert.That(dto.Email, Is.EqualTo("grace@support.example"));
            Assert.That(dto.FullName, Is.EqualTo("Grace Hopper"));
            Assert.That(dto.Status, Is.EqualTo(AgentStatus.Available));
            Assert.That(dto.AvailableSince, Is.EqualTo(Build.Now));
            Assert.That(_db.Agents.Single().UserId, Is.EqualTo("agent-account-1"));
        });
        _identity.Verify(i => i.CreateUserAsync("grace@support.example", "Passw0rd!-Long", "Grace Hopper", Roles.Agent,
            It.IsAny<CancellationToken>()));
    }

    [Test]
    public void An_email_of_an_existing_agent_is_a_conflict_before_any_account_is_made()
    {
        _db.Agents.Add(Build.Agent("grace"));

        Assert.That(() => Send("GRACE@support.example"), Throws.TypeOf<ConflictException>()
            .With.Property(nameof(ConflictException.Code)).EqualTo("agent.email_taken"));
        Assert.That(_db.Steps, Is.Empty);
    }

    [Test]
    public void A_password_the_account_policy_refuses_writes_nothing()
    {
        _identity.Setup(i => i.CreateUserAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(),
                It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ValidationException("Password", "Needs a digit."));

        Assert.ThrowsAsync<ValidationException>(() => Send());
        Assert.That(_db.Steps, Is.EqualTo(new[] { "begin" }), "the transaction is rolled back by disposal");
    }

    [Test]
    public void Losing_the_email_to_a_concurrent_request_is_a_conflict_without_commit()
    {
        _db.FailSaves(new DbUpdateException("unique index on agent email"));

        Assert.That(() => Send(), Throws.TypeOf<ConflictException>()
            .With.Property(nameof(ConflictException.Code)).EqualTo("agent.email_taken"));
        Assert.That(_db.Steps, Is.EqualTo(new[] { "begin", "account", "failed save" }));
    }
}
