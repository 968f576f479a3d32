using System.Collections.Concurrent;

namespace SupportDesk.LoadDriver;

public sealed record CustomerSeat(Guid CustomerId, string Email, string Token, OrderResponse Order);

public sealed record AgentSeat(Guid Id, string Email, string Token);

/// <summary>
/// Arranges a desk through the public API, as a shop and its managers would: customers who register and have an
/// order with roomy lines, agents created by the manager. Every name carries the run's id, so runs never collide.
/// </summary>
public sealed class DeskSetup
{
    public const string Password = "Bench-Passw0rd";
    private static readonly ParallelOptions Parallelism = new() { MaxDegreeOfParallelism = 8 };
    private readonly string _run = DateTime.UtcNow.ToString("MMddHHmmss") + Random.Shared.Next(100, 999);
    private readonly Lazy<MailCodes> _mail = new(MailCodes.FromEnvironment);

    private DeskSetup(Api api, string managerToken)
    {
        Api = api;
        ManagerToken = managerToken;
    }

    public Api Api { get; }

    public string ManagerToken { get; }

    public static async Task<DeskSetup> SignInAsync(Api api, string managerEmail, string managerPassword)
    {
        var token = await api.ExpectAsync(api.PostAsync<TokenResponse>("/api/auth/token", new TokenRequest(managerEmail, managerPassword), null),
            "Signing in as the manager");
        return new DeskSetup(api, token.AccessToken);
    }

    public async Task<string> TokenAsync(string email, string password = Password) =>
        (await Api.ExpectAsync(Api.PostAsync<TokenResponse>("/api/auth/token", new TokenRequest(email, password), null), $"Signing in as {email}")).AccessToken;

    /// <summary>Registered customers, each with one order of three lines of <paramref name="lineQuantity"/> items.</summary>
    public async Task<List<CustomerSeat>> CustomersAsync(int count, int lineQuantity = 100_000)
    {
        var seats = new ConcurrentBag<(int Index, CustomerSeat Seat)>();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), Parallelism, async (i, _) =>
        {
            var email = $"bench-{_run}-customer{i}@bench.test";
            var (customerId, _) = await SignUpAsync(email, $"Bench Customer {i}");
            seats.Add((i, await SeatAsync(customerId, email, $"BENCH-{_run}-{i}", lineQuantity)));
        });
        return seats.OrderBy(s => s.Index).Select(s => s.Seat).ToList();
    }

    /// <summary>Customers the desk already knows (imported with orders, no account yet) sign up and get a token.</summary>
    public async Task<List<(Guid CustomerId, string Email, string Token)>> ExistingCustomersSignUpAsync(IEnumerable<string> emails)
    {
        var seats = new ConcurrentBag<(Guid, string, string)>();
        await Parallel.ForEachAsync(emails, Parallelism, async (email, _) =>
        {
            var (customerId, token) = await SignUpAsync(email, "Bench Reader");
            seats.Add((customerId, email, token));
        });
        return seats.ToList();
    }

    /// <summary>Signs up as a person does (register, the code from the email, confirm), unless the account exists and
    /// is confirmed already (a read run on a kept database); answers the customer's id and a token.</summary>
    private async Task<(Guid CustomerId, string Token)> SignUpAsync(string email, string fullName)
    {
        var signedIn = await Api.PostAsync<TokenResponse>("/api/auth/token", new TokenRequest(email, Password), null);
        if (!signedIn.Ok)
        {
            await Api.ExpectAsync(Api.PostAsync<object>("/api/auth/register", new RegisterRequest(email, Password, fullName), null),
                $"Registering {email}");
            var code = await _mail.Value.CodeForAsync(email);
            await Api.ExpectAsync(Api.PostAsync<object>("/api/auth/confirm-email", new { email, code }, null), $"Confirming {email}");
        }

        var token = signedIn.Ok ? signedIn.Body!.AccessToken : await TokenAsync(email);
        var me = await Api.ExpectAsync(Api.GetAsync<CustomerResponse>("/api/customers/me", token), "Reading the customer");
        return (me.Id, token);
    }

    public async Task<List<AgentSeat>> AgentsAsync(int count, bool available)
    {
        var seats = new ConcurrentBag<(int Index, AgentSeat Seat)>();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), Parallelism, async (i, _) =>
        {
            var email = $"bench-{_run}-agent{i}@bench.test";
            var agent = await Api.ExpectAsync(Api.PostAsync<AgentResponse>("/api/agents",
                new CreateAgentRequest($"Bench Agent {i}", email, Password), ManagerToken), "Creating an agent");
            if (!available)
            {
                await SetAvailabilityAsync(agent.Id, false);
            }

            seats.Add((i, new AgentSeat(agent.Id, email, await TokenAsync(email))));
        });
        return seats.OrderBy(s => s.Index).Select(s => s.Seat).ToList();
    }

    public Task SetAvailabilityAsync(Guid agentId, bool available) =>
        Api.ExpectAsync(Api.PutAsync<AgentResponse>($"/api/agents/{agentId}/availability", new AvailabilityRequest(available), ManagerToken),
            "Setting an agent's availability");

    /// <summary>Removes the agents a scenario made, so the next scenario starts with none free.</summary>
    public Task RetireAsync(IEnumerable<AgentSeat> agents) =>
        Parallel.ForEachAsync(agents, Parallelism, async (agent, _) =>
            await Api.SendAsync<object>(HttpMethod.Delete, $"/api/agents/{agent.Id}", null, ManagerToken, CancellationToken.None));

    private async Task<CustomerSeat> SeatAsync(Guid customerId, string email, string orderNumber, int lineQuantity)
    {
        var order = await Api.ExpectAsync(Api.PostAsync<OrderResponse>("/api/orders", new ImportOrderRequest(
                orderNumber, email, DateTime.UtcNow.AddDays(-2),
                [
                    new OrderLineRequest("KETTLE-1", "Steel Kettle", lineQuantity, 49.90m),
                    new OrderLineRequest("TOASTER-2", "Red Toaster", lineQuantity, 29.90m),
                    new OrderLineRequest("LAMP-3", "Desk Lamp", lineQuantity, 19.90m),
                ]), ManagerToken),
            "Importing an order");
        return new CustomerSeat(customerId, email, await TokenAsync(email), order);
    }
}
