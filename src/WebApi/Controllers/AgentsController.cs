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
using SupportDesk.WebApi.Errors;

namespace SupportDesk.WebApi.Controllers;

/// <summary>The agents of the desk: managers add, change and remove them; an agent reads and sets its own availability.</summary>
[Route("api/agents")]
[ProducesProblem(StatusCodes.Status401Unauthorized)]
[ProducesProblem(StatusCodes.Status403Forbidden)]
public sealed class AgentsController : ApiControllerBase
{
    /// <summary>List agents.</summary>
    /// <remarks>Manager only. Agents sorted by name, paged; removed agents only with `includeRemoved=true`. `q` matches part of the name or email.</remarks>
    /// <param name="includeRemoved">Also list removed agents.</param>
    /// <param name="q">Part of the name or email.</param>
    /// <param name="page">The page, from 1 (at most 10,000).</param>
    /// <param name="pageSize">Items per page, 1 to 100 (default 100).</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away.</param>
    [HttpGet]
    [Authorize(Roles = Roles.Manager)]
    [ProducesResponseType<PagedList<AgentDto>>(StatusCodes.Status200OK)]
    [ValidatedAs(typeof(GetAgentsQuery))]
    public Task<PagedList<AgentDto>> ListAgents([FromQuery] bool includeRemoved = false, [FromQuery] string? q = null,
        [FromQuery] int page = 1, [FromQuery] int pageSize = Paging.MaxPageSize, CancellationToken cancellationToken = default) =>
        Sender.Send(new GetAgentsQuery(includeRemoved, q, page, pageSize), cancellationToken);

    /// <summary>Add an agent.</summary>
    /// <remarks>Manager only. Creates the agent with its sign-in account; the new agent is available at once and takes the oldest waiting ticket. 409 `agent.email_taken` or `auth.email_taken` when any account already uses the email.</remarks>
    [HttpPost]
    [Authorize(Roles = Roles.Manager)]
    [ProducesResponseType<AgentDto>(StatusCodes.Status201Created)]
    [ProducesProblem(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<AgentDto>> CreateAgent(CreateAgentCommand command, CancellationToken cancellationToken)
    {
        var agent = await Sender.Send(command, cancellationToken);
        return CreatedAtAction(nameof(GetAgent), new { id = agent.Id }, agent);
    }

    /// <summary>Read the calling agent.</summary>
    /// <remarks>Agent only. The agent's status (Available, Busy, Away) and the ticket it holds, if any: what an agent's own tool polls for its next ticket.</remarks>
    [HttpGet("me")]
    [Authorize(Roles = Roles.Agent)]
    [ProducesResponseType<MyAgentDto>(StatusCodes.Status200OK)]
    public Task<MyAgentDto> GetMyAgent(CancellationToken cancellationToken) =>
        Sender.Send(new GetMyAgentQuery(), cancellationToken);

    /// <summary>Read an agent.</summary>
    /// <remarks>Manager only. 404 when no agent has this id.</remarks>
    /// <param name="id">The agent id.</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away.</param>
    [HttpGet("{id:guid}")]
    [Authorize(Roles = Roles.Manager)]
    [ProducesResponseType<AgentDto>(StatusCodes.Status200OK)]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    public Task<AgentDto> GetAgent(Guid id, CancellationToken cancellationToken) =>
        Sender.Send(new GetAgentQuery(id), cancellationToken);

    /// <summary>Change an agent.</summary>
    /// <remarks>Manager only. Sets the name and email, and the password when one is given (leave `password` out to keep it). 409 when another account uses the email or the agent changed meanwhile.</remarks>
    /// <param name="id">The agent id.</param>
    /// <param name="request">The new values.</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away.</param>
    [HttpPut("{id:guid}")]
    [Authorize(Roles = Roles.Manager)]
    [ProducesResponseType<AgentDto>(StatusCodes.Status200OK)]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    [ProducesProblem(StatusCodes.Status409Conflict)]
    public Task<AgentDto> UpdateAgent(Guid id, UpdateAgentRequest request, CancellationToken cancellationToken) =>
        Sender.Send(new UpdateAgentCommand(id, request.FullName, request.Email, request.Password), cancellationToken);

    /// <summary>Remove an agent.</summary>
    /// <remarks>Manager only. The agent can no longer sign in and its tokens stop working; its ticket in progress goes back to the queue in its original place and the history says why. 409 when already removed.</remarks>
    /// <param name="id">The agent id.</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away.</param>
    [HttpDelete("{id:guid}")]
    [Authorize(Roles = Roles.Manager)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    [ProducesProblem(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> RemoveAgent(Guid id, CancellationToken cancellationToken)
    {
        await Sender.Send(new RemoveAgentCommand(id), cancellationToken);
        return NoContent();
    }

    /// <summary>Set an agent away or available.</summary>
    /// <remarks>The agent itself, or a Manager. Away keeps the ticket in progress (the agent finishes it) and takes no new one; available again, the agent takes the oldest waiting ticket when free. Another agent's availability is 403.</remarks>
    /// <param name="id">The agent id.</param>
    /// <param name="request">The new values.</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away.</param>
    [HttpPut("{id:guid}/availability")]
    [Authorize(Roles = $"{Roles.Agent},{Roles.Manager}")]
    [ProducesResponseType<AgentDto>(StatusCodes.Status200OK)]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    [ProducesProblem(StatusCodes.Status409Conflict)]
    public Task<AgentDto> SetAgentAvailability(Guid id, AvailabilityRequest request, CancellationToken cancellationToken) =>
        Sender.Send(new SetAgentAvailabilityCommand(id, request.Available), cancellationToken);
}
