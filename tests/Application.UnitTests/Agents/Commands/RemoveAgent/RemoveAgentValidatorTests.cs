using SupportDesk.Application.Agents.Commands.CreateAgent;
using SupportDesk.Application.Agents.Commands.RemoveAgent;
using SupportDesk.Application.Agents.Commands.SetAgentAvailability;
using SupportDesk.Application.Agents.Commands.UpdateAgent;

namespace SupportDesk.Application.UnitTests.Agents.Commands.RemoveAgent;

public class RemoveAgentValidatorTests
{
    private readonly RemoveAgentValidator _validator = new();

    [Test]
    public void An_agent_id_passes() =>
        Assert.That(_validator.FailingFields(new RemoveAgentCommand(Guid.NewGuid())), Is.Empty);

    [Test]
    public void An_empty_id_fails_on_id() =>
        Assert.That(_validator.FailingFields(new RemoveAgentCommand(Guid.Empty)), Is.EqualTo(new[] { "Id" }));
}
