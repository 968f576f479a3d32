using SupportDesk.Application.Agents.Commands.CreateAgent;
using SupportDesk.Application.Agents.Commands.RemoveAgent;
using SupportDesk.Application.Agents.Commands.SetAgentAvailability;
using SupportDesk.Application.Agents.Commands.UpdateAgent;
using SupportDesk.Application.Agents.Queries;
using SupportDesk.Application.Agents.Queries.GetAgent;
using SupportDesk.Application.Agents.Queries.GetAgents;
using SupportDesk.Application.Agents.Queries.GetMyAgent;
using SupportDesk.Application.Common.Models;
using Roles = SupportDesk.Application.Common.Security.Roles;
using SupportDesk.WebApi.Contracts;

namespace SupportDesk.WebApi.Controllers;

[Route("api/agents")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
public sealed class AgentsController : ApiControllerBase
{
    /// <summary>Agents by name (Manager); removed ones with <c>includeRemoved=true</c>.</summary>
    [HttpGet]
    [Authorize(Roles = Roles.Manager)]
    [ProducesResponseType<PagedList<AgentDto>>(StatusCodes.Status200OK)]
    public Task<PagedList<AgentDto>> GetAgents([FromQuery] bool includeRemoved = false, [FromQuery] string? q = null,
        [FromQuery] int page = 1, [FromQuery] int pageSize = Paging.MaxPageSize, CancellationToken cancellationToken = default) =>
        Sender.Send(new GetAgentsQuery(includeRemoved, q, page, pageSize), cancellationToken);

    /// <summary>Adds an agent with a sign-in account (Manager). The new agent is available at once.</summary>
    [HttpPost]
    [Authorize(Roles = Roles.Manager)]
    [ProducesResponseType<AgentDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<AgentDto>> CreateAgent(CreateAgentCommand command, CancellationToken cancellationToken)
    {
        var agent = await Sender.Send(command, cancellationToken);
        return CreatedAtAction(nameof(GetAgent), new { id = agent.Id }, agent);
    }

    /// <summary>The calling agent's status and current ticket (Agent).</summary>
    [HttpGet("me")]
    [Authorize(Roles = Roles.Agent)]
    [ProducesResponseType<MyAgentDto>(StatusCodes.Status200OK)]
    public Task<MyAgentDto> GetMyAgent(CancellationToken cancellationToken) =>
        Sender.Send(new GetMyAgentQuery(), cancellationToken);

    /// <summary>One agent (Manager).</summary>
    [HttpGet("{id:guid}")]
    [Authorize(Roles = Roles.Manager)]
    [ProducesResponseType<AgentDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<AgentDto> GetAgent(Guid id, CancellationToken cancellationToken) =>
        Sender.Send(new GetAgentQuery(id), cancellationToken);

    /// <summary>Changes an agent's name and email, and password when given (Manager).</summary>
    [HttpPut("{id:guid}")]
    [Authorize(Roles = Roles.Manager)]
    [ProducesResponseType<AgentDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<AgentDto> UpdateAgent(Guid id, UpdateAgentRequest request, CancellationToken cancellationToken) =>
        Sender.Send(new UpdateAgentCommand(id, request.FullName, request.Email, request.Password), cancellationToken);

    /// <summary>Removes an agent (Manager): it can no longer sign in, and its ticket in progress goes back to the queue.</summary>
    [HttpDelete("{id:guid}")]
    [Authorize(Roles = Roles.Manager)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> RemoveAgent(Guid id, CancellationToken cancellationToken)
    {
        await Sender.Send(new RemoveAgentCommand(id), cancellationToken);
        return NoContent();
    }

    /// <summary>Away or available (the agent itself, or a Manager). Away keeps the current ticket and takes no new one.</summary>
    [HttpPut("{id:guid}/availability")]
    [Authorize(Roles = $"{Roles.Agent},{Roles.Manager}")]
    [ProducesResponseType<AgentDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<AgentDto> SetAgentAvailability(Guid id, AvailabilityRequest request, CancellationToken cancellationToken) =>
        Sender.Send(new SetAgentAvailabilityCommand(id, request.Available), cancellationToken);
}
