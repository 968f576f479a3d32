using MediatR;
using SupportDesk.AdminPortal.Views.Tickets;
using SupportDesk.Application.Agents.Queries;
using SupportDesk.Application.Agents.Queries.GetAgents;
using SupportDesk.Application.Common.Models;
using Roles = SupportDesk.Application.Common.Security.Roles;
using SupportDesk.AdminPortal.Views.Shared;
using SupportDesk.Application.Customers.Queries.GetCustomer;
using SupportDesk.Application.Orders.Queries.GetOrder;
using SupportDesk.Application.Conversation.Commands.AddMessage;
using SupportDesk.Application.Conversation.Queries.GetAttachment;
using SupportDesk.Application.Conversation.Queries.GetMessages;
using SupportDesk.Application.Tickets.Commands.ChangeTicketPriority;
using SupportDesk.Application.Tickets.Commands.ReassignTicket;
using SupportDesk.Domain.Agents;
using SupportDesk.Application.Tickets.Queries;
using SupportDesk.Application.Tickets.Queries.GetTicket;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.AdminPortal.Controllers;

/// <summary>Managers browse every ticket and set their priority; agents the active ones (waiting and in progress).</summary>
[Authorize(Roles = $"{Roles.Agent},{Roles.Manager}")]
[Route("tickets")]
public sealed class TicketsController(IMediator mediator) : PortalController(mediator)
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] TicketFilter filter)
    {
        var isManager = User.IsInRole(Roles.Manager);
        if (!isManager)
        {
            filter = filter.ForAgents();
        }

        var tickets = ModelState.IsValid ? await TrySendAsync(filter.ToQuery()) : null;
        var agents = isManager
            ? (await Sender.Send(new GetAgentsQuery(IncludeRemoved: true), HttpContext.RequestAborted)).Items
            : [];
        var customer = isManager && filter.CustomerId is { } customerId
            ? await Sender.Send(new GetCustomerQuery(customerId), HttpContext.RequestAborted)
            : null;
        return View(new TicketListViewModel(filter, tickets ?? EmptyPage(filter), isManager, agents, customer));
    }

    /// <summary>The ticket; a manager also sees until when its line could be returned (the order's read model).</summary>
    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id)
    {
        var ticket = await Sender.Send(new GetTicketQuery(id), HttpContext.RequestAborted);
        IReadOnlyList<AgentDto> freeAgents = [];
        if (User.IsInRole(Roles.Manager))
        {
            var order = await Sender.Send(new GetOrderQuery(ticket.OrderId), HttpContext.RequestAborted);
            var line = order.Lines.SingleOrDefault(l => l.Id == ticket.OrderLineId);
            ViewData["ReturnableUntil"] = line is null ? null : line.ReturnableUntil is { } until ? Display.Date(until) : "final sale";
            if (ticket.Status == TicketStatus.InProgress)
            {
                var agents = await Sender.Send(new GetAgentsQuery(), HttpContext.RequestAborted);
                freeAgents = agents.Items.Where(a => a.Status == AgentStatus.Available).ToList();
            }
        }

        var messages = await Sender.Send(new GetMessagesQuery(id), HttpContext.RequestAborted);
        return View(new TicketDetailsViewModel(ticket, new ThreadViewModel(ticket.Id, ticket.Attachments, messages.Items))
        {
            FreeAgents = freeAgents,
        });
    }

    /// <summary>A file of the ticket: pictures inline (the thread's thumbnails), anything else, or on request, as a
    /// download. Never run as a page: the stored type, no sniffing, and a policy that allows nothing.</summary>
    [HttpGet("{id:guid}/attachments/{attachmentId:guid}")]
    public async Task<IActionResult> Attachment(Guid id, Guid attachmentId, bool download = false)
    {
        var file = await Sender.Send(new GetAttachmentQuery(id, attachmentId), HttpContext.RequestAborted);
        Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        Response.Headers.CacheControl = "private, max-age=3600";
        if (!download && AttachmentRules.IsImage(file.ContentType))
        {
            Response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { Inline = true, FileName = file.FileName }.ToString();
            return File(file.Content, file.ContentType);
        }

        return File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>A manager adds an internal note to the ticket's conversation.</summary>
    [HttpPost("{id:guid}/notes")]
    [Authorize(Roles = Roles.Manager)]
    public async Task<IActionResult> Note(Guid id, string? body)
    {
        if (await TrySendAsync(new AddMessageCommand(id, body ?? string.Empty, Internal: true)) is not null)
        {
            Flash("Internal note added.");
        }
        else
        {
            FlashErrors();
        }

        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>A manager changes the ticket's priority; the page shows it, or why not (a resolved ticket).</summary>
    [HttpPost("{id:guid}/priority")]
    [Authorize(Roles = Roles.Manager)]
    public async Task<IActionResult> Priority(Guid id, TicketPriority priority)
    {
        if (ModelState.IsValid && await TrySendAsync(new ChangeTicketPriorityCommand(id, priority)) is { } ticket)
        {
            Flash($"Ticket {ticket.Number} is now {ticket.Priority} priority.");
        }
        else
        {
            FlashErrors();
        }

        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>A manager hands a stuck ticket in progress back to the queue (no agent) or to a free agent.</summary>
    [HttpPost("{id:guid}/reassign")]
    [Authorize(Roles = Roles.Manager)]
    public async Task<IActionResult> Reassign(Guid id, Guid? agentId)
    {
        if (ModelState.IsValid && await TrySendAsync(new ReassignTicketCommand(id, agentId)) is { } ticket)
        {
            Flash(ticket.AssignedAgentName is { } name
                ? $"Ticket {ticket.Number} is now with {name}."
                : $"Ticket {ticket.Number} is back in the queue; the next free agent takes it.");
        }
        else
        {
            FlashErrors();
        }

        return RedirectToAction(nameof(Details), new { id });
    }

    private static PagedList<TicketSummaryDto> EmptyPage(TicketFilter filter) => new([], filter.Page, TicketFilter.PageSize, 0);
}
