using MediatR;
using SupportDesk.AdminPortal.Views.Desk;
using SupportDesk.AdminPortal.Views.Shared;
using SupportDesk.Application.Agents.Commands.SetAgentAvailability;
using SupportDesk.Application.Agents.Queries.GetMyAgent;
using Roles = SupportDesk.Application.Common.Security.Roles;
using SupportDesk.Application.Conversation.Commands.AddMessage;
using SupportDesk.Application.Conversation.Commands.AttachToTicket;
using SupportDesk.Application.Conversation.Queries.GetMessages;
using SupportDesk.Application.Tickets.Commands.ResolveTicket;
using SupportDesk.Application.Orders.Queries.GetOrders;
using SupportDesk.Application.Tickets.Queries;
using SupportDesk.Application.Tickets.Queries.GetTickets;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.AdminPortal.Controllers;

/// <summary>The agent's desk: the ticket being worked on with its conversation, the reply and resolve forms, and the
/// Available/Away switch.</summary>
[Authorize(Roles = Roles.Agent)]
[Route("desk")]
public sealed class DeskController(IMediator mediator) : PortalController(mediator)
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await LoadAsync(form: null));

    /// <summary>The current-ticket panel alone; the desk fetches it when its live connection says the agent's ticket
    /// changed (a ticket was assigned, handed back or resolved).</summary>
    [HttpGet("current")]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> Current() => PartialView("_CurrentTicket", await LoadAsync(form: null));

    /// <summary>The desk's heading alone (status and the Available/Away switch); the desk fetches it when its live
    /// connection says the agent changed (a manager switched them, a ticket was taken or resolved).</summary>
    [HttpGet("status")]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> Status() =>
        PartialView("_DeskStatus", (await Sender.Send(new GetMyAgentQuery(), HttpContext.RequestAborted)).Agent);

    /// <summary>The conversation of the agent's current ticket alone; the desk fetches it when its live connection says a
    /// message or note was added, so a customer's reply
    /// shows without a reload (the reply form beside it is left alone).</summary>
    [HttpGet("thread")]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> Thread()
    {
        var desk = await Sender.Send(new GetMyAgentQuery(), HttpContext.RequestAborted);
        return PartialView("_Thread", await ThreadAsync(desk.CurrentTicket));
    }

    /// <summary>The agent writes to the customer, or adds an internal note, with files: each file is attached to the
    /// ticket first, then the message shows them.</summary>
    [HttpPost("reply")]
    [RequestSizeLimit(MaxReplyBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxReplyBytes)]
    public async Task<IActionResult> Reply(ReplyForm reply)
    {
        var files = reply.Files ?? [];
        if (files.Count > AttachmentRules.MaxPerTicket)
        {
            ModelState.AddModelError(string.Empty, $"Attach at most {AttachmentRules.MaxPerTicket} files at once.");
        }

        var attached = new List<Guid>();
        foreach (var file in ModelState.IsValid ? files : [])
        {
            await using var content = file.OpenReadStream();
            if (await TrySendAsync(new AttachToTicketCommand(reply.TicketId, file.FileName, content)) is not { } attachment)
            {
                ModelState.AddModelError(string.Empty, $"{file.FileName} was not attached.");
                break;
            }

            attached.Add(attachment.Id);
        }

        if (ModelState.IsValid
            && await TrySendAsync(new AddMessageCommand(reply.TicketId, reply.Body ?? string.Empty, reply.Internal, attached)) is not null)
        {
            Flash(reply.Internal ? "Internal note added." : "Message sent to the customer.");
            DraftSent("reply", reply.TicketId);
            return RedirectToAction(nameof(Index));
        }

        var model = await LoadAsync(form: null, reply with { Files = null });
        if (model.Desk.CurrentTicket?.Id != reply.TicketId)
        {
            FlashErrors();
            return RedirectToAction(nameof(Index));
        }

        return View(nameof(Index), model);
    }

    [HttpPost("resolve")]
    public async Task<IActionResult> Resolve(ResolveTicketForm form)
    {
        if (ModelState.IsValid
            && await TrySendAsync(new ResolveTicketCommand(form.TicketId, form.Outcome!.Value, form.Note ?? string.Empty)) is { } ticket)
        {
            Flash($"Ticket {ticket.Number} resolved: {Display.Outcome(ticket.Outcome)}.");
            DraftSent("resolve", form.TicketId);
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

    /// <summary>Tells the desk's draft script (drafts.js) on the next page that this form's text was accepted, so the
    /// copy kept in the browser is dropped; until then it stays, whatever ended the request.</summary>
    private void DraftSent(string form, Guid ticketId) => TempData["DraftSent"] = $"{form}:{ticketId}";

    /// <summary>Ten files at the limit and the form around them.</summary>
    private const long MaxReplyBytes = AttachmentRules.MaxPerTicket * AttachmentRules.MaxBytes + 1024 * 1024;

    private async Task<DeskViewModel> LoadAsync(ResolveTicketForm? form, ReplyForm? reply = null)
    {
        var desk = await Sender.Send(new GetMyAgentQuery(), HttpContext.RequestAborted);
        var ticketId = desk.CurrentTicket?.Id ?? Guid.Empty;
        var model = new DeskViewModel(desk, form ?? new ResolveTicketForm { TicketId = ticketId },
            reply ?? new ReplyForm { TicketId = ticketId }, await ThreadAsync(desk.CurrentTicket));
        if (desk.CurrentTicket is not { } ticket)
        {
            return model;
        }

        // The customer's context: their other tickets (who holds them) and their latest orders.
        var tickets = await Sender.Send(new GetTicketsQuery { CustomerId = ticket.CustomerId, PageSize = ContextSize + 1 },
            HttpContext.RequestAborted);
        var orders = await Sender.Send(new GetOrdersQuery(ticket.CustomerId, PageSize: ContextSize), HttpContext.RequestAborted);
        return model with
        {
            CustomerTickets = tickets.Items.Where(t => t.Id != ticket.Id).Take(ContextSize).ToList(),
            OtherTicketCount = tickets.TotalCount - 1,
            CustomerOrders = orders.Items,
            OrderCount = orders.TotalCount,
        };
    }

    /// <summary>How many of the customer's other tickets and orders the desk shows; the customer's page has them all.</summary>
    private const int ContextSize = 5;

    private async Task<ThreadViewModel> ThreadAsync(TicketDto? ticket) => ticket is null
        ? ThreadViewModel.None
        : new ThreadViewModel(ticket.Id, ticket.Attachments,
            (await Sender.Send(new GetMessagesQuery(ticket.Id), HttpContext.RequestAborted)).Items);
}
