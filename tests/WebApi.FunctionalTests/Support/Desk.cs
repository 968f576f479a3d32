using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SupportDesk.Infrastructure.Identity;

namespace SupportDesk.WebApi.FunctionalTests.Support;

public sealed record CustomerSession(CustomerResponse Customer, ApiClient Api, string Email, string Password);

public sealed record AgentSession(AgentResponse Agent, ApiClient Api, string Email, string Password)
{
    public Guid Id => Agent.Id;
}

/// <summary>
/// Arranges a support desk through the API, the way its users would: the manager signs in and adds agents,
/// customers register, the shop imports orders, customers open tickets.
/// </summary>
public sealed class Desk
{
    public const string Password = "Passw0rd-Secret";

    private static int _sequence;
    private static string? _managerToken;

    public ApiClient Anonymous => new(FunctionalTestRun.Http);

    public static string UniqueEmail(string who) => $"{who}{Interlocked.Increment(ref _sequence)}@example.test";

    public static string UniqueOrderNumber() => $"SO-{Interlocked.Increment(ref _sequence):D6}";

    public static OrderLineRequest Line(string sku = "KETTLE-1", int quantity = 2, decimal unitPrice = 49.90m, string? productName = null) =>
        new(sku, productName ?? $"Product {sku}", quantity, unitPrice);

    public async Task<ApiClient> SignInAsync(string email, string password)
    {
        var token = (await Anonymous.IssueTokenAsync(email, password)).Expect(HttpStatusCode.OK);
        return Anonymous.WithToken(token.AccessToken);
    }

    /// <summary>The bootstrap manager. Its account survives the resets under the same id, so one token serves the run.</summary>
    public async Task<ApiClient> ManagerAsync()
    {
        _managerToken ??= (await SignInAsync(SupportDeskApiFactory.ManagerEmail, SupportDeskApiFactory.ManagerPassword)).Token;
        return Anonymous.WithToken(_managerToken);
    }

    public async Task<AgentSession> AddAgentAsync(string? fullName = null)
    {
        var email = UniqueEmail("agent");
        var manager = await ManagerAsync();
        var agent = (await manager.CreateAgentAsync(new CreateAgentRequest(fullName ?? $"Agent {email}", email, Password)))
            .Expect(HttpStatusCode.Created);
        return new AgentSession(agent, await SignInAsync(email, Password), email, Password);
    }

    /// <summary>An agent who takes no ticket: added, then away at once (nothing is waiting when it is added).</summary>
    public async Task<AgentSession> AddAwayAgentAsync(string? fullName = null)
    {
        var agent = await AddAgentAsync(fullName);
        var away = (await agent.Api.SetAvailabilityAsync(agent.Id, available: false)).Expect(HttpStatusCode.OK);
        return agent with { Agent = away };
    }

    /// <summary>Signs up, reads the code from the email the SMTP receiver got, confirms, signs in.</summary>
    public async Task<CustomerSession> RegisterCustomerAsync(string? fullName = null)
    {
        var email = UniqueEmail("customer");
        (await Anonymous.RegisterAsync(new RegisterRequest(email, Password, fullName ?? $"Customer {email}"))).Expect(HttpStatusCode.Accepted);
        (await Anonymous.ConfirmEmailAsync(email, await ConfirmationCodeAsync(email))).Expect(HttpStatusCode.NoContent);
        var api = await SignInAsync(email, Password);
        var customer = (await api.GetMyCustomerAsync()).Expect(HttpStatusCode.OK);
        return new CustomerSession(customer, api, email, Password);
    }

    /// <summary>The code of the latest confirmation email to <paramref name="email"/> (waits for it to arrive).</summary>
    public static async Task<string> ConfirmationCodeAsync(string email, int nth = 1)
    {
        var messages = await FunctionalTestRun.Mail.WaitForAsync(email, nth);
        return CodeIn(messages.Last(m => m.Subject?.Contains("confirmation code", StringComparison.Ordinal) == true).TextBody ?? string.Empty);
    }

    public static string CodeIn(string text) =>
        System.Text.RegularExpressions.Regex.Match(text, @"confirmation code is (\d{8})").Groups[1].Value is { Length: 8 } code
            ? code
            : throw new InvalidOperationException("No confirmation code in the email: " + text);

    public Task<OrderResponse> ImportOrderAsync(string customerEmail, params OrderLineRequest[] lines) =>
        ImportOrderAsync(customerEmail, DateTime.UtcNow.AddDays(-3), null, lines);

    /// <summary>An order placed (and delivered, when given) at known times, for the return window.</summary>
    public async Task<OrderResponse> ImportOrderAsync(string customerEmail, DateTime placedAt, DateTime? deliveredAt,
        params OrderLineRequest[] lines)
    {
        var manager = await ManagerAsync();
        var request = new ImportOrderRequest(UniqueOrderNumber(), customerEmail, placedAt,
            lines.Length > 0 ? lines : [Line("KETTLE-1", 2), Line("TOASTER-2", 1, 29.50m)], DeliveredAt: deliveredAt);
        return (await manager.ImportOrderAsync(request)).Expect(HttpStatusCode.Created);
    }

    public async Task<(CustomerSession Customer, OrderResponse Order)> CustomerWithOrderAsync(params OrderLineRequest[] lines)
    {
        var customer = await RegisterCustomerAsync();
        return (customer, await ImportOrderAsync(customer.Email, lines));
    }

    public static OpenTicketRequest TicketRequest(OrderResponse order, int quantity = 1, int line = 0,
        ReturnReason reason = ReturnReason.Damaged, string description = "Arrived with a cracked lid.") =>
        new(order.Id, order.Lines[line].Id, quantity, reason, description);

    public async Task<TicketResponse> OpenTicketAsync(CustomerSession customer, OrderResponse order, int quantity = 1, int line = 0) =>
        (await customer.Api.OpenTicketAsync(TicketRequest(order, quantity, line))).Expect(HttpStatusCode.Created);

    /// <summary>
    /// An account of the shop's integration. The API has no endpoint that creates one (operators do, out of band),
    /// so it is made with the API's own account store.
    /// </summary>
    public async Task<ApiClient> IntegrationAsync()
    {
        var email = UniqueEmail("shop");
        await using (var scope = FunctionalTestRun.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, FullName = "The shop" };
            Assert.That((await users.CreateAsync(user, Password)).Succeeded, Is.True, "integration account");
            Assert.That((await users.AddToRoleAsync(user, "Integration")).Succeeded, Is.True, "integration role");
        }

        return await SignInAsync(email, Password);
    }

    /// <summary>Reads the ticket as the manager until the condition holds (assignment runs in the background).</summary>
    public async Task<TicketResponse> TicketEventuallyAsync(Guid ticketId, Func<TicketResponse, bool> condition, string what)
    {
        var manager = await ManagerAsync();
        return await Eventually.Until(
            async () => (await manager.GetTicketAsync(ticketId)).Expect(HttpStatusCode.OK), condition, what);
    }

    public Task<TicketResponse> AssignedEventuallyAsync(Guid ticketId, AgentSession agent) =>
        TicketEventuallyAsync(ticketId, t => t.Status == TicketStatus.InProgress && t.AssignedAgentId == agent.Id,
            $"ticket {ticketId} is in progress with {agent.Agent.FullName}");
}
