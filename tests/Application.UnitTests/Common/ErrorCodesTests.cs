using System.Reflection;

namespace SupportDesk.Application.UnitTests.Common;

/// <summary>Error codes are part of the HTTP contract: clients branch on them. Each aggregate (and the accounts)
/// keeps its codes in one <c>*ErrorCodes</c> class, and no value changes without this list changing too.</summary>
public sealed class ErrorCodesTests
{
    private static readonly Dictionary<string, string> Expected = new()
    {
        ["AgentErrorCodes.Invalid"] = "agent.invalid",
        ["AgentErrorCodes.Removed"] = "agent.removed",
        ["AgentErrorCodes.Unavailable"] = "agent.unavailable",
        ["AgentErrorCodes.Busy"] = "agent.busy",
        ["AgentErrorCodes.EmailTaken"] = "agent.email_taken",
        ["AgentErrorCodes.Changed"] = "agent.changed",
        ["CustomerErrorCodes.Invalid"] = "customer.invalid",
        ["CustomerErrorCodes.AlreadyRegistered"] = "customer.already_registered",
        ["OrderErrorCodes.Invalid"] = "order.invalid",
        ["OrderErrorCodes.DuplicateNumber"] = "order.duplicate_number",
        ["TicketErrorCodes.InvalidTransition"] = "ticket.invalid_transition",
        ["TicketErrorCodes.NotHolder"] = "ticket.not_holder",
        ["TicketErrorCodes.OrderNotOwned"] = "ticket.order_not_owned",
        ["TicketErrorCodes.OrderLineNotFound"] = "ticket.order_line_not_found",
        ["TicketErrorCodes.InvalidQuantity"] = "ticket.invalid_quantity",
        ["TicketErrorCodes.QuantityExceeded"] = "ticket.quantity_exceeded",
        ["TicketErrorCodes.Invalid"] = "ticket.invalid",
        ["TicketErrorCodes.Changed"] = "ticket.changed",
        ["TicketErrorCodes.BusyLine"] = "ticket.busy_line",
        ["TicketErrorCodes.ReturnWindowClosed"] = "ticket.return_window_closed",
        ["MessageErrorCodes.TicketResolved"] = "message.ticket_resolved",
        ["MessageErrorCodes.NotAllowed"] = "message.not_allowed",
        ["MessageErrorCodes.Invalid"] = "message.invalid",
        ["AttachmentErrorCodes.TooLarge"] = "attachment.too_large",
        ["AttachmentErrorCodes.UnsupportedType"] = "attachment.unsupported_type",
        ["AttachmentErrorCodes.LimitReached"] = "attachment.limit_reached",
        ["AttachmentErrorCodes.NotAvailable"] = "attachment.not_available",
        ["AttachmentErrorCodes.TooManyWaiting"] = "attachment.too_many_waiting",
        ["TicketErrorCodes.LineNotReturnable"] = "ticket.line_not_returnable",
        ["WebhookErrorCodes.Invalid"] = "webhook.invalid",
        ["WebhookErrorCodes.Disabled"] = "webhook.disabled",
        ["WebhookErrorCodes.DeliveryPending"] = "webhook.delivery_pending",
        ["WebhookErrorCodes.Changed"] = "webhook.changed",
        ["AuthErrorCodes.Unauthenticated"] = "auth.unauthenticated",
        ["AuthErrorCodes.Forbidden"] = "auth.forbidden",
        ["AuthErrorCodes.EmailTaken"] = "auth.email_taken",
        ["AccountErrorCodes.EmailUnconfirmed"] = "account.email_unconfirmed",
        ["AccountErrorCodes.ConfirmationInvalid"] = "account.confirmation_invalid",
    };

    private static IEnumerable<Type> ErrorCodeClasses() =>
        new[] { typeof(SupportDesk.Domain.Tickets.Ticket).Assembly, typeof(DependencyInjection).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type.Name.EndsWith("ErrorCodes", StringComparison.Ordinal));

    [Test]
    public void Every_code_keeps_its_value()
    {
        var actual = ErrorCodeClasses()
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(field => field.IsLiteral)
                .Select(field => (Name: $"{type.Name}.{field.Name}", Value: (string)field.GetRawConstantValue()!)))
            .ToDictionary(code => code.Name, code => code.Value);

        Assert.That(actual, Is.EquivalentTo(Expected));
    }

    [Test]
    public void Each_class_holds_the_codes_of_its_own_prefix_only()
    {
        foreach (var type in ErrorCodeClasses())
        {
            var prefix = type.Name[..^"ErrorCodes".Length].ToLowerInvariant() + ".";
            var values = type.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!);
            Assert.That(values, Has.All.StartWith(prefix), type.Name);
        }
    }
}
