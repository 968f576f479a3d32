using SupportDesk.Application.Agents.Commands.CreateAgent;
using SupportDesk.Application.Agents.Commands.RemoveAgent;
using SupportDesk.Application.Agents.Commands.SetAgentAvailability;
using SupportDesk.Application.Agents.Commands.UpdateAgent;

namespace SupportDesk.Application.UnitTests.Agents.Commands.SetAgentAvailability;

public class SetAgentAvailabilityValidatorTests
{
    private readonly SetAgentAvailabilityValidator _validator = new();

    [TestCase(true)]
    [TestCase(false)]
    public void An_agent_id_passes_either_way(bool available) =>
        Assert.That(_validator.FailingFields(new SetAgentAvailabilityCommand(Guid.NewGuid(), available)), Is.Empty);

    [Test]
    public void An_empty_id_fails_on_agent_id() =>
        Assert.That(_validator.FailingFields(new SetAgentAvailabilityCommand(Guid.Empty, true)),
            Is.EqualTo(new[] { "AgentId" }));
}
