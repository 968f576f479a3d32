using MediatR;
using SupportDesk.AdminPortal.Views.Desk;
using SupportDesk.AdminPortal.Views.Shared;
using SupportDesk.Application.Agents.Commands.SetAgentAvailability;
using SupportDesk.Application.Agents.Queries.GetMyAgent;
using Roles = SupportDesk.Application.Common.Security.Roles;
using SupportDesk.Application.Tickets.Commands.ResolveTicket;

namespace SupportDesk.AdminPortal.Controllers;

/// <summary>The agent's desk: the ticket being worked on, the resolve form and the Available/Away switch.</summary>
[Authorize(Roles = Roles.Agent)]
[Route("desk")]
public sealed class DeskController(IMediator mediator) : PortalController(mediator)
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await LoadAsync(form: null));

    /// <summary>The current-ticket panel alone; the desk script polls it to show a newly assigned ticket.</summary>
    [HttpGet("current")]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> Current() => PartialView("_CurrentTicket", await LoadAsync(form: null));

    [HttpPost("resolve")]
    public async Task<IActionResult> Resolve(ResolveTicketForm form)
    {
        if (ModelState.IsValid
            && await TrySendAsync(new ResolveTicketCommand(form.TicketId, form.Outcome!.Value, form.Note ?? string.Empty)) is { } ticket)
        {
            Flash($"Ticket {ticket.Number} resolved: {Display.Outcome(ticket.Outcome)}.");
            return RedirectToAction(nameof(Index));
        }

        var model = await LoadAsync(form);
        if (model.Desk.CurrentTicket?.Id != form.TicketId)
        {
            // The ticket left the desk meanwhile (resolved twice, or given back): say why above the current panel.
            FlashErrors();
            return RedirectToAction(nameof(Index));
        }

        return View(nameof(Index), model);
    }

    [HttpPost("availability")]
    public async Task<IActionResult> Availability(bool available)
    {
        var desk = await Sender.Send(new GetMyAgentQuery(), HttpContext.RequestAborted);
        if (await TrySendAsync(new SetAgentAvailabilityCommand(desk.Agent.Id, available)) is not null)
        {
            Flash(available ? "You are available: the next waiting ticket comes to you." : "You are away: no new ticket will be assigned to you.");
        }
        else
        {
            FlashErrors();
        }

        return RedirectToAction(nameof(Index));
    }

    private async Task<DeskViewModel> LoadAsync(ResolveTicketForm? form)
    {
        var desk = await Sender.Send(new GetMyAgentQuery(), HttpContext.RequestAborted);
        return new DeskViewModel(desk, form ?? new ResolveTicketForm { TicketId = desk.CurrentTicket?.Id ?? Guid.Empty });
    }
}
