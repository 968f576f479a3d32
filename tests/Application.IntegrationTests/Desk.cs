using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SupportDesk.Application.Agents.Commands.CreateAgent;
using SupportDesk.Application.Assignment.Commands.AssignWaitingTickets;
using SupportDesk.Application.Common.Interfaces;
using SupportDesk.Application.Common.Security;
using SupportDesk.Application.Customers.Commands.ConfirmEmail;
using SupportDesk.Application.Customers.Commands.RegisterCustomer;
using SupportDesk.Domain.Emails;
using SupportDesk.Application.Orders.Commands.ImportOrder;
using SupportDesk.Application.Orders.Queries;
using SupportDesk.Infrastructure;
using SupportDesk.Infrastructure.Data;

namespace SupportDesk.Application.IntegrationTests;

/// <summary>
/// One SupportDesk "process": its own DI container (Application + Infrastructure, as a host wires them) on a given
/// database. Assignment runs only when a test sends it, so every test decides when tickets meet agents.
/// </summary>
public sealed class Desk : IAsyncDisposable
{
    public static readonly Actor Manager = new("manager-it", "manager@it.local", Roles.Manager);

    public const string CustomerPassword = "Customer-Pass1";
    public const string AgentPassword = "Agent-Passw0rd-1";

    private Desk(ServiceProvider services) => Services = services;

    public ServiceProvider Services { get; }

    public static Desk Create(string provider, string connectionString, IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:SupportDesk"] = connectionString,
            ["Assignment:Enabled"] = "false",
            // Emails are written to the outbox; nothing listens on port 1, and no test sends unless it asks to (the
            // scheduler is not started), pointing the desk at an SmtpReceiver of its own.
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = "1",
            ["Email:Smtp:Security"] = "None",
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddApplicationServices();
        services.AddInfrastructureServices(configuration);
        services.AddSingleton<ICurrentUser, TestUser>();
        configure?.Invoke(services);
        return new Desk(services.BuildServiceProvider());
    }

    public Task InitialiseAsync() => Services.InitialiseDatabaseAsync();

    public async Task<T> SendAsync<T>(IRequest<T> request, Actor? actor = null)
    {
        var previous = TestUser.Actor;
        TestUser.Actor = actor ?? Actor.Nobody;
        try
        {
            await using var scope = Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
        }
        finally
        {
            TestUser.Actor = previous;
        }
    }

    public async Task<T> QueryAsync<T>(Func<ApplicationDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ApplicationDbContext>());
    }

    public Task<AssignmentRun> AssignAsync() => SendAsync(new AssignWaitingTicketsCommand());

    /// <summary>Signs up and confirms with the code read from the email in the outbox.</summary>
    public async Task<Actor> RegisterCustomerAsync(string email, string fullName = "Test Customer")
    {
        await SendAsync(new RegisterCustomerCommand(email, CustomerPassword, fullName));
        await SendAsync(new ConfirmEmailCommand(email, await ConfirmationCodeAsync(email)));
        var userId = await QueryAsync(db => db.Customers.Where(c => c.Email == email).Select(c => c.UserId!).SingleAsync());
        return new Actor(userId, email, Roles.Customer);
    }

    /// <summary>The code of the latest confirmation email to <paramref name="email"/> in the outbox.</summary>
    public Task<string> ConfirmationCodeAsync(string email) => QueryAsync(async db =>
    {
        var text = await db.OutboundEmails.Where(e => e.ToAddress == email.ToLowerInvariant() && e.Kind == EmailKinds.SignUpCode)
            .OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id).Select(e => e.TextBody).FirstAsync();
        return System.Text.RegularExpressions.Regex.Match(text, @"confirmation code is (\d{8})").Groups[1].Value;
    });

    public async Task<(Actor Actor, Guid Id)> CreateAgentAsync(string email, string fullName = "Test Agent")
    {
        var agent = await SendAsync(new CreateAgentCommand(fullName, email, AgentPassword), Manager);
        var userId = await QueryAsync(db => db.Agents.Where(a => a.Id == agent.Id).Select(a => a.UserId).SingleAsync());
        return (new Actor(userId, email, Roles.Agent), agent.Id);
    }

    public Task<OrderDto> ImportOrderAsync(string number, string customerEmail, params (string Sku, int Quantity)[] lines) =>
        SendAsync(new ImportOrderCommand(number, customerEmail, DateTime.UtcNow.AddDays(-3),
            (lines.Length == 0 ? [("SKU-1", 3)] : lines).Select(l => new ImportOrderLine(l.Sku, $"Product {l.Sku}", l.Quantity, 19.99m)).ToList()),
            Manager);

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
