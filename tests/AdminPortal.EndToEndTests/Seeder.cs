using System.Security.Claims;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupportDesk.Application.Agents.Commands.CreateAgent;
using SupportDesk.Application.Agents.Commands.SetAgentAvailability;
using SupportDesk.Application.Agents.Queries;
using SupportDesk.Application.Common.Exceptions;
using SupportDesk.Application.Common.Security;
using SupportDesk.Application.Customers.Commands.ConfirmEmail;
using SupportDesk.Application.Customers.Commands.RegisterCustomer;
using SupportDesk.Application.Orders.Commands.ImportOrder;
using SupportDesk.Application.Orders.Queries;
using SupportDesk.Application.Tickets.Commands.OpenTicket;
using SupportDesk.Application.Tickets.Queries;
using SupportDesk.Domain.Agents;
using SupportDesk.Domain.Tickets;
using SupportDesk.Infrastructure.Identity;

namespace SupportDesk.AdminPortal.EndToEndTests;

/// <summary>
/// Arranges data through the portal's own application layer, as the people would through the API: each request
/// is sent in a service scope of the running portal, as the user who would send it.
/// </summary>
public sealed class Seeder(IServiceProvider services)
{
    public const string Password = "Secret-Pass-1";

    public static string UniqueEmail(string who) => $"{who}-{Guid.NewGuid():N}"[..(who.Length + 9)] + "@e2e.test";

    public async Task<Customer> RegisterCustomerAsync(string fullName)
    {
        var email = UniqueEmail("customer");
        await SendAsync(null, new RegisterCustomerCommand(email, Password, fullName));
        await SendAsync(null, new ConfirmEmailCommand(email, await ConfirmationCodeAsync(email)));
        using var scope = services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email)
            ?? throw new InvalidOperationException("The customer's account was not created.");
        return new Customer(user.Id, email, fullName);
    }

    /// <summary>The sign-up code emailed to <paramref name="email"/>, read from the outbox as the customer reads it.</summary>
    private async Task<string> ConfirmationCodeAsync(string email)
    {
        using var scope = services.CreateScope();
        var text = await scope.ServiceProvider.GetRequiredService<SupportDesk.Infrastructure.Data.ApplicationDbContext>().OutboundEmails
            .Where(e => e.ToAddress == email && e.Kind == SupportDesk.Domain.Emails.EmailKinds.SignUpCode)
            .Select(e => e.TextBody).SingleAsync();
        return System.Text.RegularExpressions.Regex.Match(text, @"confirmation code is (\d{8})").Groups[1].Value;
    }

    /// <summary>The shop sends an order for the customer (as a manager would through the API).</summary>
    public Task<OrderDto> ImportOrderAsync(Customer customer, params ImportOrderLine[] lines) =>
        SendAsync(Manager(), new ImportOrderCommand($"E2E-{Guid.NewGuid():N}"[..16].ToUpperInvariant(), customer.Email,
            DateTime.UtcNow.AddDays(-3), lines));

    public Task<TicketDto> OpenTicketAsync(Customer customer, OrderDto order, int quantity, ReturnReason reason, string description) =>
        SendAsync(customer.Principal, new OpenTicketCommand(order.Id, order.Lines[0].Id, quantity, reason, description));

    public Task<AgentDto> CreateAgentAsync(string fullName, string email, string password = Password) =>
        SendAsync(Manager(), new CreateAgentCommand(fullName, email, password));

    public Task<TicketDto> GetTicketAsync(Guid ticketId) =>
        SendAsync(Manager(), new SupportDesk.Application.Tickets.Queries.GetTicket.GetTicketQuery(ticketId));

    /// <summary>Waits (up to 20 s) until the assignment job gave the ticket to the agent.</summary>
    public async Task<TicketDto> AssignedEventuallyAsync(Guid ticketId, Guid agentId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        var ticket = await GetTicketAsync(ticketId);
        while (ticket.AssignedAgentId != agentId && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            ticket = await GetTicketAsync(ticketId);
        }

        NUnit.Framework.Assert.That(ticket.AssignedAgentId, NUnit.Framework.Is.EqualTo(agentId), $"ticket {ticket.Number} is assigned");
        return ticket;
    }

    /// <summary>As the manager's toggle would, trying again (as a manager would after reloading) when the assignment
    /// job changed the agent at the same moment (409 <c>agent.changed</c>).</summary>
    public async Task<AgentDto> SetAvailabilityAsync(Guid agentId, bool available)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SendAsync(Manager(), new SetAgentAvailabilityCommand(agentId, available));
            }
            catch (ConflictException conflict) when (conflict.Code == AgentErrorCodes.Changed && attempt < 5)
            {
                await Task.Delay(100 * attempt);
            }
        }
    }

    /// <summary>An agent that takes no ticket: for tests that need an agent account but no assignment.</summary>
    public async Task<AgentDto> CreateAwayAgentAsync(string fullName, string email, string password = Password)
    {
        var agent = await CreateAgentAsync(fullName, email, password);
        return await SetAvailabilityAsync(agent.Id, available: false);
    }

    /// <summary>The agent resolves the ticket it holds, as its desk would.</summary>
    public async Task ResolveAsAgentAsync(string agentEmail, Guid ticketId)
    {
        string userId;
        using (var scope = services.CreateScope())
        {
            userId = (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(agentEmail)
                ?? throw new InvalidOperationException($"No account for {agentEmail}.")).Id;
        }

        await SendAsync(Principal(userId, agentEmail, Roles.Agent),
            new Application.Tickets.Commands.ResolveTicket.ResolveTicketCommand(ticketId, ResolutionOutcome.Refund, "Refunded."));
    }

    /// <summary>After a failed test: what it left behind (a ticket held or waiting, an agent free) is cleared, so one
    /// failure does not become the failure of every test after it. Each ticket held is resolved by its agent, each
    /// waiting ticket by an agent made for the purpose, and every agent is left away.</summary>
    public async Task TidyAsync()
    {
        foreach (var (email, ticketId) in await ReadAsync(db => db.Agents
            .Where(a => a.RemovedAt == null && a.CurrentTicketId != null)
            .Select(a => new ValueTuple<string, Guid>(a.Email, a.CurrentTicketId!.Value)).ToListAsync()))
        {
            await TryAsync(() => ResolveAsAgentAsync(email, ticketId));
        }

        if (await ReadAsync(db => db.Tickets.AnyAsync(t => t.Status == TicketStatus.Open)))
        {
            var tidyEmail = UniqueEmail("tidy");
            var tidy = await CreateAgentAsync("Tidy Up", tidyEmail);
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < deadline && await ReadAsync(db => db.Tickets.AnyAsync(t => t.Status == TicketStatus.Open)))
            {
                if (await ReadAsync(db => db.Agents.Where(a => a.Id == tidy.Id).Select(a => a.CurrentTicketId).SingleAsync()) is { } held)
                {
                    await TryAsync(() => ResolveAsAgentAsync(tidyEmail, held));
                }
                else
                {
                    await Task.Delay(200);
                }
            }
        }

        foreach (var agentId in await ReadAsync(db => db.Agents
            .Where(a => a.RemovedAt == null && a.Availability == AgentAvailability.Available).Select(a => a.Id).ToListAsync()))
        {
            await TryAsync(() => SetAvailabilityAsync(agentId, available: false));
        }
    }

    private async Task<T> ReadAsync<T>(Func<SupportDesk.Infrastructure.Data.ApplicationDbContext, Task<T>> read)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SupportDesk.Infrastructure.Data.ApplicationDbContext>();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return await read(db);
    }

    private static async Task TryAsync(Func<Task> tidy)
    {
        try
        {
            await tidy();
        }
        catch (Exception ex) when (ex is ConflictException or NotFoundException or InvalidOperationException)
        {
            // Moved on meanwhile (resolved, reassigned, removed): nothing left to tidy there.
        }
    }

    /// <summary>When the ticket was assigned, and to whom, once it is (waiting up to <paramref name="timeout"/>).</summary>
    public async Task<(DateTime AssignedAt, Guid AgentId)> AssignmentOfAsync(Guid ticketId, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            using (var scope = services.CreateScope())
            {
                var row = await scope.ServiceProvider.GetRequiredService<SupportDesk.Infrastructure.Data.ApplicationDbContext>().Tickets
                    .AsNoTracking().Where(t => t.Id == ticketId).Select(t => new { t.AssignedAt, t.AssignedAgentId }).SingleAsync();
                if (row is { AssignedAt: { } at, AssignedAgentId: { } agent })
                {
                    return (DateTime.SpecifyKind(at, DateTimeKind.Utc), agent);
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Ticket {ticketId} was not assigned within {timeout}.");
            }

            await Task.Delay(5);
        }
    }

    public Task RemoveAgentAsync(Guid agentId) =>
        SendAsync(Manager(), new Application.Agents.Commands.RemoveAgent.RemoveAgentCommand(agentId));

    public async Task<T> SendAsync<T>(ClaimsPrincipal? user, IRequest<T> request)
    {
        using var scope = services.CreateScope();
        // The portal's ICurrentUser reads the HTTP context; this flow gets one of its own with the sender.
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext { User = user ?? new ClaimsPrincipal(), RequestServices = scope.ServiceProvider };
        try
        {
            return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    /// <summary>Moves a ticket's opening and due times <paramref name="minutes"/> into the past, as if it had been opened
    /// then (what the clock would have done).</summary>
    public async Task AgeTicketAsync(Guid ticketId, int minutes)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SupportDesk.Infrastructure.Data.ApplicationDbContext>();
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            UPDATE Tickets SET CreatedAt = DATE_SUB(CreatedAt, INTERVAL {minutes} MINUTE),
              AssignBy = DATE_SUB(AssignBy, INTERVAL {minutes} MINUTE), ResolveBy = DATE_SUB(ResolveBy, INTERVAL {minutes} MINUTE),
              SlaCheckAt = DATE_SUB(SlaCheckAt, INTERVAL {minutes} MINUTE)
            WHERE Id = {ticketId}
            """);
    }

    /// <summary>The tickets not resolved with a target missed now, counted straight from the columns.</summary>
    public async Task<int> CountBreachedOpenAsync()
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SupportDesk.Infrastructure.Data.ApplicationDbContext>();
        var rows = await db.Tickets.AsNoTracking().Where(t => t.Status != TicketStatus.Resolved)
            .Select(t => new { t.AssignBy, t.ResolveBy, t.AssignedAt, t.BreachedAt }).ToListAsync();
        var now = DateTime.UtcNow;
        return rows.Count(t => t.BreachedAt != null || (t.AssignedAt ?? now) > t.AssignBy || now > t.ResolveBy);
    }

    private static ClaimsPrincipal Manager() => Principal("e2e-seeder", "seeder@e2e.test", Roles.Manager);

    internal static ClaimsPrincipal Principal(string userId, string email, string role) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Email, email), new Claim(ClaimTypes.Role, role)],
            authenticationType: "e2e"));

    public sealed record Customer(string UserId, string Email, string FullName)
    {
        public ClaimsPrincipal Principal => Seeder.Principal(UserId, Email, Roles.Customer);
    }
}
