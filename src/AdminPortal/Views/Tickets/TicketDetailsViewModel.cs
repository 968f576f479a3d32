using SupportDesk.AdminPortal.Views.Shared;
using SupportDesk.Application.Tickets.Queries;

namespace SupportDesk.AdminPortal.Views.Tickets;

/// <summary>A ticket with its whole conversation, internal notes included.</summary>
public sealed record TicketDetailsViewModel(TicketDto Ticket, ThreadViewModel Thread);
