using Microsoft.EntityFrameworkCore;
using SupportDesk.Application.Agents.Commands.UpdateAgent;
using SupportDesk.Application.Agents.Queries;
using SupportDesk.Domain.Agents;
using SupportDesk.Domain.Common;

namespace SupportDesk.Application.UnitTests.Agents.Commands.UpdateAgent;

/// <summary>UpdateAgent: the agent row first, then the account, committed together.</summary>
public class UpdateAgentTests
{
    private MockDatabase _db = null!;
    private Mock<IIdentityService> _identity = null!;
    private Agent _agent = null!;

    [SetUp]
    public void Create()
    {
        _db = new MockDatabase();
        _identity = new Mock<IIdentityService>();
        _identity.Setup(i => i.UpdateUserAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(),
                It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .Callback(() => _db.Steps.Add("account")).Returns(Task.CompletedTask);
        _agent = Build.Agent("agent-1");
        _db.Agents.Add(_agent);
    }

    private Task<AgentDto> Send(string email = " GBH@Support.Example ", string? password = null) =>
        new UpdateAgentHandler(_db.Object, _identity.Object)
            .Handle(new UpdateAgentCommand(_agent.Id, " Grace B. Hopper ", email, password), CancellationToken.None);

    [Test]
    public async Task New_details_are_saved_then_the_account_follows_and_both_commit()
    {
        var dto = await Send(password: "N3w-passw0rd");

        Assert.Multiple(() =>
        {
            Assert.That(dto.FullName, Is.EqualTo("Grace B. Hopper"));
            Assert.That(dto.Email, Is.EqualTo("gbh@support.example"));
            Assert.That(_db.Steps, Is.EqualTo(new[] { "begin", "save", "account", "commit" }));
        });
        _identity.Verify(i => i.UpdateUserAsync("agent-1", "gbh@support.example", "Grace B. Hopper", "N3w-passw0rd",
            It.IsAny<CancellationToken>()));
    }

    [Test]
    public void An_email_of_another_agent_is_a_conflict_and_nothing_is_written()
    {
        _db.Agents.Add(Build.Agent("gbh"));

        Assert.That(() => Send("gbh@support.example"), Throws.TypeOf<ConflictException>()
            .With.Property(nameof(ConflictException.Code)).EqualTo("agent.email_taken"));
        Assert.Multiple(() =>
        {
            Assert.That(_db.Steps, Is.Empty);
            Assert.That(_agent.FullName, Is.EqualTo("Grace Hopper"));
        });
    }

    [Test]
    public void An_email_of_another_account_is_a_conflict()
    {
        _identity.Setup(i => i.IsEmailTakenAsync("gbh@support.example", "agent-1", It.IsAny<CancellationToken>()))
            .ReturnsAsync(true);

        Assert.ThrowsAsync<ConflictException>(() => Send());
        Assert.That(_db.Steps, Is.Empty);
    }

    [Test]
    public async Task Keeping_ones_own_email_is_no_conflict()
    {
        var dto = await Send(_agent.Email);

        Assert.That(dto.Email, Is.EqualTo(_agent.Email));
    }

    [Test]
    public void A_removed_agent_cannot_be_updated()
    {
        _agent.Remove(null, "manager", Build.Now.AddDays(-1));

        Assert.That(() => Send(), Throws.InstanceOf<DomainException>()
            .With.Property(nameof(DomainException.Code)).EqualTo(AgentErrorCodes.Removed));
        Assert.That(_db.Steps, Is.Empty);
    }

    [Test]
    public void An_agent_changed_meanwhile_is_a_conflict_and_the_account_is_untouched()
    {
        _db.FailSaves(new DbUpdateConcurrencyException("version changed"));

        Assert.That(() => Send(), Throws.TypeOf<ConflictException>()
            .With.Property(nameof(ConflictException.Code)).EqualTo("agent.changed"));
        Assert.That(_db.Steps, Is.EqualTo(new[] { "begin", "failed save" }));
    }

    [Test]
    public void Losing_the_email_to_a_concurrent_request_is_a_conflict()
    {
        _db.FailSaves(new DbUpdateException("unique index on agent email"));

        Assert.That(() => Send(), Throws.TypeOf<ConflictException>()
            .With.Property(nameof(ConflictException.Code)).EqualTo("agent.email_taken"));
    }

    [Test]
    public void An_unknown_agent_is_not_found()
    {
        _db.Agents.Clear();

        Assert.ThrowsAsync<NotFoundException>(() => Send());
    }
}
