namespace SupportDesk.WebApi.FunctionalTests.Auth;

/// <summary>
/// Who may call what, over every protected endpoint of the contract: no token is 401, a role the contract does not
/// name is 403, and neither changes anything. The refusals are decided from the token before any use case runs, so
/// the fixture signs in one account per role once and sends requests that are otherwise well formed.
/// </summary>
public sealed class AccessControlTests
{
    public enum Caller
    {
        Customer,
        Agent,
        Manager,
        Integration,
    }

    public sealed record Endpoint(string Method, string Path, Caller[] Allowed, object? Body = null)
    {
        public override string ToString() => $"{Method} {Path}";
    }

    // Fixed, so test names are the same at discovery and at execution.
    private const string AnyId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
    private const string AnyDeliveryId = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    private const string AnyAttachmentId = "9b2d1c3e-5f60-4a7b-8c9d-0e1f2a3b4c5d";

    /// <summary>A body sent as a multipart form with one PNG in the field <c>file</c>.</summary>
    private static readonly object FileUpload = new();

    private static readonly Endpoint[] Protected =
    [
        new("GET", "/api/customers/me", [Caller.Customer]),
        new("POST", "/api/orders", [Caller.Manager, Caller.Integration],
            new ImportOrderRequest("SO-ACCESS", "access@example.test", DateTime.UtcNow.AddDays(-1), [Desk.Line()])),
        new("GET", "/api/orders", [Caller.Customer, Caller.Manager]),
        new("GET", $"/api/orders/{AnyId}", [Caller.Customer, Caller.Manager]),
        new("PUT", $"/api/orders/{AnyId}/delivery", [Caller.Manager, Caller.Integration],
            new UpdateOrderDeliveryRequest(DateTime.UtcNow.AddDays(-1))),
        new("POST", "/api/tickets", [Caller.Customer],
            new OpenTicketRequest(Guid.NewGuid(), Guid.NewGuid(), 1, ReturnReason.Damaged, "Broken.")),
        // The shop's systems read tickets (DESIGN.md, "Who uses it").
        new("GET", "/api/tickets", [Caller.Customer, Caller.Agent, Caller.Manager, Caller.Integration]),
        new("GET", $"/api/tickets/{AnyId}", [Caller.Customer, Caller.Agent, Caller.Manager, Caller.Integration]),
        new("POST", $"/api/tickets/{AnyId}/resolve", [Caller.Agent], new ResolveTicketRequest(ResolutionOutcome.Refund, "Refunded.")),
        new("PUT", $"/api/tickets/{AnyId}/priority", [Caller.Manager], new ChangeTicketPriorityRequest(TicketPriority.Low)),
        new("POST", $"/api/tickets/{AnyId}/reassign", [Caller.Manager], new ReassignTicketRequest(null)),
        new("POST", $"/api/tickets/{AnyId}/messages", [Caller.Customer, Caller.Agent, Caller.Manager], new MessageRequest("Hello")),
        new("GET", $"/api/tickets/{AnyId}/messages", [Caller.Customer, Caller.Agent, Caller.Manager, Caller.Integration]),
        new("POST", $"/api/tickets/{AnyId}/attachments", [Caller.Customer, Caller.Agent], FileUpload),
        new("GET", $"/api/tickets/{AnyId}/attachments/{AnyAttachmentId}", [Caller.Customer, Caller.Agent, Caller.Manager, Caller.Integration]),
        new("POST", "/api/attachments", [Caller.Customer], FileUpload),
        new("GET", "/api/agents", [Caller.Manager]),
        new("POST", "/api/agents", [Caller.Manager], new CreateAgentRequest("New Agent", "new.agent@example.test", Desk.Password)),
        new("GET", $"/api/agents/{AnyId}", [Caller.Manager]),
        new("PUT", $"/api/agents/{AnyId}", [Caller.Manager], new UpdateAgentRequest("Renamed", "renamed@example.test")),
        new("DELETE", $"/api/agents/{AnyId}", [Caller.Manager]),
        new("PUT", $"/api/agents/{AnyId}/availability", [Caller.Agent, Caller.Manager], new AvailabilityRequest(false)),
        new("GET", "/api/agents/me", [Caller.Agent]),
        new("GET", "/api/events", [Caller.Manager, Caller.Integration]),
        new("POST", "/api/webhooks", [Caller.Manager, Caller.Integration], new WebhookRequest("http://127.0.0.1:9/hooks", ["*"])),
        new("GET", "/api/webhooks", [Caller.Manager, Caller.Integration]),
        new("GET", $"/api/webhooks/{AnyId}", [Caller.Manager, Caller.Integration]),
        new("PUT", $"/api/webhooks/{AnyId}", [Caller.Manager, Caller.Integration],
            new UpdateWebhookRequest("http://127.0.0.1:9/hooks", ["*"], null, true)),
        new("DELETE", $"/api/webhooks/{AnyId}", [Caller.Manager, Caller.Integration]),
        new("POST", $"/api/webhooks/{AnyId}/rotate-secret", [Caller.Manager, Caller.Integration]),
        new("POST", $"/api/webhooks/{AnyId}/ping", [Caller.Manager, Caller.Integration]),
        new("GET", $"/api/webhooks/{AnyId}/deliveries", [Caller.Manager, Caller.Integration]),
        new("POST", $"/api/webhooks/{AnyId}/deliveries/{AnyDeliveryId}/redeliver", [Caller.Manager, Caller.Integration]),
        new("POST", $"/api/webhooks/{AnyId}/deliveries/redeliver-failed", [Caller.Manager, Caller.Integration],
            new { since = "2026-01-01T00:00:00Z" }),
    ];

    private readonly Dictionary<Caller, ApiClient> _callers = [];
    private Desk _desk = null!;

    public static IEnumerable<TestCaseData> EveryProtectedEndpoint() =>
        Protected.Select(e => new TestCaseData(e).SetArgDisplayNames(e.ToString()));

    public static IEnumerable<TestCaseData> EveryRoleTheContractDoesNotName() =>
        from e in Protected
        from caller in Enum.GetValues<Caller>().Except(e.Allowed)
        select new TestCaseData(e, caller).SetArgDisplayNames(e.ToString(), caller.ToString());

    [OneTimeSetUp]
    public async Task SignInOneAccountPerRoleAsync()
    {
        await FunctionalTestRun.ResetAsync();
        _desk = new Desk();
        _callers[Caller.Customer] = (await _desk.RegisterCustomerAsync()).Api;
        _callers[Caller.Agent] = (await _desk.AddAwayAgentAsync()).Api;
        _callers[Caller.Manager] = await _desk.ManagerAsync();
        _callers[Caller.Integration] = await _desk.IntegrationAsync();
    }

    [TestCaseSource(nameof(EveryProtectedEndpoint))]
    public async Task Without_a_token_a_protected_endpoint_is_401(Endpoint endpoint)
    {
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        var response = await Send(_desk.Anonymous, endpoint);

        Problems.Assert(response, HttpStatusCode.Unauthorized, "auth.unauthenticated");
        Assert.That(response.Headers.WwwAuthenticate.Select(h => h.Scheme), Does.Contain("Bearer"));
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before), "nothing changed");
    }

    [TestCaseSource(nameof(EveryProtectedEndpoint))]
    public async Task With_a_malformed_token_a_protected_endpoint_is_401(Endpoint endpoint)
    {
        var response = await Send(_desk.Anonymous.WithToken("not-a-jwt"), endpoint);

        Problems.Assert(response, HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    [TestCaseSource(nameof(EveryRoleTheContractDoesNotName))]
    public async Task A_role_the_contract_does_not_name_is_403(Endpoint endpoint, Caller caller)
    {
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        var response = await Send(_callers[caller], endpoint);

        Problems.Assert(response, HttpStatusCode.Forbidden, "auth.forbidden");
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before), "nothing changed");
    }

    [Test]
    public async Task The_table_covers_every_protected_operation_the_api_documents()
    {
        var document = (await _desk.Anonymous.GetAsync("/openapi/v1.json")).Expect(HttpStatusCode.OK).Json;
        var documented =
            from path in document.GetProperty("paths").EnumerateObject()
            from operation in path.Value.EnumerateObject()
            where operation.Value.TryGetProperty("security", out _)
            select $"{operation.Name.ToUpperInvariant()} {path.Name}";

        var tabled = Protected.Select(e =>
            $"{e.Method} {e.Path.Replace(AnyId, "{id}", StringComparison.Ordinal).Replace(AnyDeliveryId, "{deliveryId}", StringComparison.Ordinal)
                .Replace(AnyAttachmentId, "{attachmentId}", StringComparison.Ordinal)}");

        Assert.That(tabled, Is.EquivalentTo(documented));
    }

    private static Task<ApiResponse> Send(ApiClient client, Endpoint endpoint) => endpoint.Body switch
    {
        null => client.SendAsync(new HttpMethod(endpoint.Method), endpoint.Path),
        _ when ReferenceEquals(endpoint.Body, FileUpload) => client.SendAsync(new HttpMethod(endpoint.Method), endpoint.Path,
            new MultipartFormDataContent { { new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]), "file", "box.png" } }),
        _ => client.SendTextAsync(new HttpMethod(endpoint.Method), endpoint.Path, ApiClient.Serialize(endpoint.Body)),
    };
}
