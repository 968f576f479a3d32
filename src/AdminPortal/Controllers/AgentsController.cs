using MediatR;
using SupportDesk.AdminPortal.Views.Agents;
using SupportDesk.Application.Agents.Commands.CreateAgent;
using SupportDesk.Application.Agents.Commands.RemoveAgent;
using SupportDesk.Application.Agents.Commands.SetAgentAvailability;
using SupportDesk.Application.Agents.Commands.UpdateAgent;
using SupportDesk.Application.Agents.Queries.GetAgent;
using SupportDesk.Application.Agents.Queries.GetAgents;
using Roles = SupportDesk.Application.Common.Security.Roles;

namespace SupportDesk.AdminPortal.Controllers;

/// <summary>Managers add, edit and remove agents and watch what each one is doing.</summary>
[Authorize(Roles = Roles.Manager)]
[Route("agents")]
public sealed class AgentsController(IMediator mediator) : PortalController(mediator)
{
    internal const int PageSize = 20;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AgentListFilter filter) => View(await ListAsync(filter));

    /// <summary>The table body alone; the page fetches it when its live connection says an agent or a ticket changed, so
    /// statuses stay current without a reload.</summary>
    [HttpGet("live")]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> Live([FromQuery] AgentListFilter filter) => PartialView("_AgentTable", await ListAsync(filter));

    [HttpGet("new")]
    public IActionResult Create() => View(new CreateAgentForm());

    [HttpPost("new")]
    public async Task<IActionResult> Create(CreateAgentForm form)
    {
        if (ModelState.IsValid
            && await TrySendAsync(new CreateAgentCommand(form.FullName ?? string.Empty, form.Email ?? string.Empty,
                form.Password ?? string.Empty)) is { } agent)
        {
            Flash($"{agent.FullName} was added and can sign in now.");
            return RedirectToAction(nameof(Index));
        }

        return View(form with { Password = null });
    }

    [HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id)
    {
        var agent = await Sender.Send(new GetAgentQuery(id), HttpContext.RequestAborted);
        return View(new EditAgentForm { Id = agent.Id, FullName = agent.FullName, Email = agent.Email, Removed = agent.RemovedAt is not null });
    }

    [HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, EditAgentForm form)
    {
        var password = string.IsNullOrEmpty(form.Password) ? null : form.Password;
        if (ModelState.IsValid
            && await TrySendAsync(new UpdateAgentCommand(id, form.FullName ?? string.Empty, form.Email ?? string.Empty, password)) is { } agent)
        {
            Flash($"{agent.FullName}'s details were saved.");
            return RedirectToAction(nameof(Index));
        }

        return View(form with { Id = id, Password = null });
    }

    [HttpGet("{id:guid}/remove")]
    public async Task<IActionResult> Remove(Guid id) => View(await Sender.Send(new GetAgentQuery(id), HttpContext.RequestAborted));

    [HttpPost("{id:guid}/remove")]
    [ActionName(nameof(Remove))]
    public async Task<IActionResult> RemoveConfirmed(Guid id)
    {
        var agent = await Sender.Send(new GetAgentQuery(id), HttpContext.RequestAborted);
        if (await TrySendAsync(new RemoveAgentCommand(id)))
        {
            Flash(agent.CurrentTicketNumber is { } number
                ? $"{agent.FullName} was removed. Ticket {number} is back in the queue and will be assigned again."
                : $"{agent.FullName} was removed.");
            return RedirectToAction(nameof(Index));
        }

        return View(nameof(Remove), agent);
    }

    [HttpPost("{id:guid}/availability")]
    public async Task<IActionResult> Availability(Guid id, bool available)
    {
        if (await TrySendAsync(new SetAgentAvailabilityCommand(id, available)) is { } agent)
        {
            Flash(available ? $"{agent.FullName} is available." : $"{agent.FullName} is away.");
        }
        else
        {
            FlashErrors();
        }

        return RedirectToAction(nameof(Index));
    }

    private async Task<AgentListViewModel> ListAsync(AgentListFilter filter)
    {
        var agents = await Sender.Send(
            new GetAgentsQuery(filter.IncludeRemoved, filter.Q, Math.Max(1, filter.Page), PageSize), HttpContext.RequestAborted);
        return new AgentListViewModel(filter, agents);
    }
}
