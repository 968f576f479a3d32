using SupportDesk.Domain.Webhooks;
using SupportDesk.Domain.Agents;
using SupportDesk.Domain.Orders;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Common.Exceptions;

/// <summary>The conflicts the use cases answer with a 409, one message per code, so that a client sees the same
/// words for the same code whichever request met it.</summary>
public static class Conflicts
{
    /// <summary>Another request changed the agent (took or resolved a ticket, went away, was edited or removed)
    /// between this request's read and its save; nothing was written.</summary>
    public static ConflictException AgentChanged() =>
        new(AgentErrorCodes.Changed, "The agent changed meanwhile; reload and try again.");

    /// <summary>The agent a ticket was handed to took another ticket (by assignment or another manager's hand-over)
    /// between this request's read and its save.</summary>
    public static ConflictException AgentTookAnotherTicket(string agentName) =>
        new(AgentErrorCodes.Busy, $"{agentName} took another ticket meanwhile; choose another agent.");

    public static ConflictException AgentEmailTaken() =>
        new(AgentErrorCodes.EmailTaken, "Another account uses this email.");

    /// <summary>The ticket's holder was removed (the ticket went back to the queue) while this request was on its way.</summary>
    public static ConflictException TicketChanged(string ticketNumber) =>
        new(TicketErrorCodes.Changed, $"Ticket {ticketNumber} changed meanwhile; reload it.");

    /// <summary>Other tickets kept claiming the same order line while this one was being opened on it.</summary>
    public static ConflictException OrderLineBusy() =>
        new(TicketErrorCodes.BusyLine, "This order line is being updated; try again.");

    /// <summary>A customer's uploads waiting for a ticket reached the limit of the upload use case.</summary>
    public static ConflictException TooManyUploadsWaiting() =>
        new(AttachmentErrorCodes.TooManyWaiting,
            "Too many of your files are not yet on a ticket; open the ticket with them, or wait a day for them to be cleared.");

    public static ConflictException DuplicateOrderNumber(string orderNumber) =>
        new(OrderErrorCodes.DuplicateNumber, $"Order {orderNumber} was already imported.");

    public static ConflictException AccountEmailTaken() =>
        new(AuthErrorCodes.EmailTaken, "An account with this email already exists.");

    /// <summary>Another request changed the subscription (or a delivery failure disabled it) meanwhile.</summary>
    public static ConflictException WebhookChanged() =>
        new(WebhookErrorCodes.Changed, "The webhook subscription changed meanwhile; reload and try again.");

    public static ConflictException WebhookDisabled() =>
        new(WebhookErrorCodes.Disabled, "This subscription is disabled: enable it to ping it.");
}
