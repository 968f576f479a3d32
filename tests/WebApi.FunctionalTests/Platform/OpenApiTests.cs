using System.Text.Json;

namespace SupportDesk.WebApi.FunctionalTests.Platform;

/// <summary>The OpenAPI document integrators build their clients from; read-only, so no reset.</summary>
public sealed class OpenApiTests
{
    private static readonly (string Path, string[] Methods)[] ContractOperations =
    [
        ("/api/auth/register", ["post"]),
        ("/api/auth/token", ["post"]),
        ("/api/auth/confirm-email", ["post"]),
        ("/api/auth/resend-confirmation", ["post"]),
        ("/api/customers/me", ["get"]),
        ("/api/orders", ["get", "post"]),
        ("/api/orders/{id}", ["get"]),
        ("/api/tickets", ["get", "post"]),
        ("/api/tickets/{id}", ["get"]),
        ("/api/tickets/{id}/resolve", ["post"]),
        ("/api/agents", ["get", "post"]),
        ("/api/agents/{id}", ["get", "put", "delete"]),
        ("/api/agents/{id}/availability", ["put"]),
        ("/api/agents/me", ["get"]),
    ];

    private ApiResponse _document = null!;

    private JsonElement Paths => _document.Json.GetProperty("paths");

    [OneTimeSetUp]
    public async Task FetchTheDocumentAsync() => _document = await new Desk().Anonymous.GetAsync("/openapi/v1.json");

    [Test]
    public void The_document_is_served_to_anyone_as_json()
    {
        Assert.That(_document.Status, Is.EqualTo(HttpStatusCode.OK), _document.ToString());
        Assert.That(_document.MediaType, Is.EqualTo("application/json"));
        Assert.That(_document.Json.GetProperty("openapi").GetString(), Does.StartWith("3."));
    }

    [TestCaseSource(nameof(ContractOperations))]
    public void The_document_describes_every_operation_of_the_contract((string Path, string[] Methods) operation)
    {
        Assert.That(Paths.TryGetProperty(operation.Path, out var path), Is.True, $"{operation.Path} is in the document");
        Assert.That(path.EnumerateObject().Select(p => p.Name), Is.SupersetOf(operation.Methods));
    }

    [Test]
    public void Every_operation_has_a_unique_operation_id()
    {
        var ids = Operations().Select(o => o.Operation.TryGetProperty("operationId", out var id) ? id.GetString() : null).ToList();

        Assert.That(ids, Is.All.Not.Null.And.All.Not.Empty);
        Assert.That(ids, Is.Unique);
        Assert.That(ids, Is.SupersetOf(new[]
        {
            "registerCustomer", "issueToken", "openTicket", "listTickets", "getTicket", "resolveTicket", "importOrder", "listEvents",
            "createWebhook", "listWebhookDeliveries",
        }));
        Assert.That(ids, Has.All.Matches<string>(id => char.IsLower(id![0])), "camelCase, as generators name methods");
    }

    [Test]
    public void Ids_emails_and_times_state_their_format()
    {
        var unformatted = new List<string>();
        foreach (var schema in _document.Json.GetProperty("components").GetProperty("schemas").EnumerateObject())
        {
            foreach (var property in schema.Value.TryGetProperty("properties", out var properties) ? properties.EnumerateObject() : default)
            {
                var expected = property.Name switch
                {
                    "email" or "customerEmail" => "email",
                    "createdAt" or "placedAt" or "assignedAt" or "resolvedAt" or "occurredAt" or "expiresAt" => "date-time",
                    "customerId" or "orderId" or "orderLineId" or "assignedAgentId" => "uuid",
                    _ => null,
                };
                if (expected is not null && !(property.Value.TryGetProperty("format", out var format) && format.GetString() == expected))
                {
                    unformatted.Add($"{schema.Name}.{property.Name} ({expected})");
                }
            }
        }

        Assert.That(unformatted, Is.Empty);
    }

    /// <summary>Every request body and every answer, problems included, comes with an example of its own shape: no
    /// property the schema lacks, none it requires left out.</summary>
    [Test]
    public void Every_body_and_answer_has_an_example_of_its_shape()
    {
        var schemas = _document.Json.GetProperty("components").GetProperty("schemas");
        var wrong = new List<string>();
        var seen = new HashSet<string>();
        foreach (var (path, method, operation) in Operations())
        {
            var bodies = (operation.TryGetProperty("requestBody", out var body) ? body.GetProperty("content").EnumerateObject() : default)
                .Concat(operation.GetProperty("responses").EnumerateObject()
                    .SelectMany(r => r.Value.TryGetProperty("content", out var content) ? content.EnumerateObject() : default));
            foreach (var media in bodies)
            {
                if (!media.Value.TryGetProperty("schema", out var schema) || !schema.TryGetProperty("$ref", out var reference))
                {
                    continue;
                }

                var name = reference.GetString()!.Split('/')[^1];
                if (!seen.Add(name))
                {
                    continue;
                }

                var target = schemas.GetProperty(name);
                if (!target.TryGetProperty("example", out var example) || example.ValueKind != JsonValueKind.Object)
                {
                    wrong.Add($"{name} (in {method.ToUpperInvariant()} {path}): no example");
                    continue;
                }

                var properties = target.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet();
                var required = target.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(x => x.GetString()!) : [];
                var keys = example.EnumerateObject().Select(p => p.Name).ToList();
                wrong.AddRange(keys.Where(k => !properties.Contains(k)).Select(k => $"{name}: example has {k}, the schema does not"));
                wrong.AddRange(required.Where(k => !keys.Contains(k)).Select(k => $"{name}: example lacks required {k}"));
            }
        }

        Assert.That(seen, Has.Count.GreaterThanOrEqualTo(20));
        Assert.That(wrong, Is.Empty);
    }

    /// <summary>A request property is required exactly when the validators refuse a request without it.</summary>
    [TestCase("OpenTicketCommand", "description,orderId,orderLineId,quantity,reason")]
    [TestCase("ImportOrderCommand", "customerEmail,lines,number,placedAt")]
    [TestCase("ImportOrderLine", "productName,quantity,sku,unitPrice")]
    [TestCase("CreateAgentCommand", "email,fullName,password")]
    [TestCase("UpdateAgentRequest", "email,fullName")]
    [TestCase("RegisterRequest", "email,fullName,password")]
    [TestCase("TokenRequest", "email,password")]
    [TestCase("ResolveTicketRequest", "note,outcome")]
    [TestCase("AvailabilityRequest", "available")]
    [TestCase("CreateWebhookCommand", "events,url")]
    [TestCase("UpdateWebhookRequest", "events,url")]
    [TestCase("RedeliverFailedRequest", "since")]
    [TestCase("UpdateOrderDeliveryRequest", "deliveredAt")]
    public void A_request_property_is_required_exactly_when_the_validators_require_it(string schema, string required)
    {
        var actual = _document.Json.GetProperty("components").GetProperty("schemas").GetProperty(schema).GetProperty("required")
            .EnumerateArray().Select(r => r.GetString()).Order(StringComparer.Ordinal);

        Assert.That(actual, Is.EqualTo(required.Split(',')));
    }

    [Test]
    public void The_document_says_who_to_contact_and_under_which_licence()
    {
        var info = _document.Json.GetProperty("info");

        Assert.That(info.GetProperty("contact").GetProperty("name").GetString(), Is.Not.Empty);
        Assert.That(info.GetProperty("license").GetProperty("name").GetString(), Is.Not.Empty);
    }

    [Test]
    public void Every_tag_of_an_operation_is_declared_with_a_description()
    {
        var declared = _document.Json.GetProperty("tags").EnumerateArray()
            .ToDictionary(tag => tag.GetProperty("name").GetString()!, tag => tag.TryGetProperty("description", out var d) ? d.GetString() : null);
        var used = Operations().SelectMany(o => o.Operation.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!)).Distinct();

        Assert.That(declared.Keys, Is.SupersetOf(used));
        Assert.That(declared.Values, Has.All.Not.Null.And.All.Not.Empty);
    }

    [Test]
    public void The_bearer_scheme_is_declared()
    {
        var scheme = _document.Json.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");

        Assert.That(scheme.GetProperty("type").GetString(), Is.EqualTo("http"));
        Assert.That(scheme.GetProperty("scheme").GetString(), Is.EqualTo("bearer"));
        Assert.That(scheme.GetProperty("bearerFormat").GetString(), Is.EqualTo("JWT"));
    }

    [Test]
    public void Protected_operations_require_the_bearer_token_and_sign_in_does_not()
    {
        foreach (var (path, method, operation) in Operations())
        {
            var secured = operation.TryGetProperty("security", out var security)
                && security.EnumerateArray().Any(requirement => requirement.TryGetProperty("Bearer", out _));
            var anonymous = path.StartsWith("/api/auth/", StringComparison.Ordinal);
            Assert.That(secured, Is.EqualTo(!anonymous), $"{method.ToUpperInvariant()} {path}");
        }
    }

    [TestCase("TicketStatus", new[] { "Open", "InProgress", "Resolved" })]
    [TestCase("ReturnReason", new[] { "Damaged", "Defective", "WrongItem", "NotAsDescribed", "NoLongerNeeded", "Other" })]
    [TestCase("ResolutionOutcome", new[] { "Refund", "Replacement", "StoreCredit", "Rejected" })]
    [TestCase("AgentStatus", new[] { "Available", "Busy", "Away", "Removed" })]
    [TestCase("TicketEventType", new[] { "Opened", "Assigned", "ReturnedToQueue", "Resolved", "PriorityChanged", "SlaBreached" })]
    [TestCase("TicketPriority", new[] { "High", "Normal", "Low" })]
    public void Enums_are_described_as_their_string_names(string schema, string[] names)
    {
        var schemas = _document.Json.GetProperty("components").GetProperty("schemas");

        Assert.That(schemas.TryGetProperty(schema, out var enumSchema), Is.True, $"schema {schema}");
        Assert.That(enumSchema.GetProperty("enum").EnumerateArray().Select(v => v.GetString()), Is.EqualTo(names));
    }

    [Test]
    public void Errors_are_described_as_problem_json()
    {
        var resolve = Paths.GetProperty("/api/tickets/{id}/resolve").GetProperty("post").GetProperty("responses");

        foreach (var status in new[] { "400", "401", "403", "404", "409" })
        {
            Assert.That(resolve.GetProperty(status).GetProperty("content").TryGetProperty("application/problem+json", out _), Is.True,
                $"resolve {status}");
        }
    }

    [Test]
    public void Every_operation_with_a_body_describes_the_413_and_415_problems()
    {
        var withBody = Paths.EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Name: $"{op.Name.ToUpperInvariant()} {path.Name}", Operation: op.Value)))
            .Where(op => op.Operation.TryGetProperty("requestBody", out _))
            .ToList();
        var missing = withBody
            .Where(op => new[] { "413", "415" }.Any(status => !op.Operation.GetProperty("responses").TryGetProperty(status, out _)))
            .Select(op => op.Name);

        Assert.That(withBody, Has.Count.EqualTo(19), "the POST and PUT operations of the contract (three of them multipart uploads)");
        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void Every_operation_has_a_summary_and_a_description()
    {
        var undocumented = Operations()
            .Where(op => new[] { "summary", "description" }.Any(field =>
                !op.Operation.TryGetProperty(field, out var text) || string.IsNullOrWhiteSpace(text.GetString())))
            .Select(op => $"{op.Method.ToUpperInvariant()} {op.Path}");

        Assert.That(undocumented, Is.Empty);
    }

    [Test]
    public void Every_schema_and_property_is_described()
    {
        var undescribed = new List<string>();
        foreach (var schema in _document.Json.GetProperty("components").GetProperty("schemas").EnumerateObject())
        {
            if (!schema.Value.TryGetProperty("description", out _))
            {
                undescribed.Add(schema.Name);
            }

            if (schema.Value.TryGetProperty("properties", out var properties))
            {
                undescribed.AddRange(properties.EnumerateObject()
                    .Where(p => !p.Value.TryGetProperty("description", out var d) || string.IsNullOrWhiteSpace(d.GetString()))
                    .Select(p => $"{schema.Name}.{p.Name}"));
            }
        }

        Assert.That(undescribed, Is.Empty);
    }

    /// <summary>Every operation is rate limited: each says so (429) and describes the budget headers on its answers;
    /// each operation that needs a token states 401 and 403.</summary>
    [Test]
    public void Every_operation_states_its_401_403_and_429_and_the_rate_limit_headers()
    {
        var missing = new List<string>();
        foreach (var (path, method, operation) in Operations())
        {
            var name = $"{method.ToUpperInvariant()} {path}";
            var responses = operation.GetProperty("responses");
            var statuses = operation.TryGetProperty("security", out _) ? new[] { "401", "403", "429" } : ["429"];
            missing.AddRange(statuses.Where(status => !responses.TryGetProperty(status, out _)).Select(status => $"{name} {status}"));
            foreach (var response in responses.EnumerateObject())
            {
                var headers = response.Value.TryGetProperty("headers", out var h) ? h : default;
                missing.AddRange(new[] { "RateLimit-Policy", "RateLimit" }
                    .Where(header => headers.ValueKind != JsonValueKind.Object || !headers.TryGetProperty(header, out _))
                    .Select(header => $"{name} {response.Name} header {header}"));
            }

            if (responses.TryGetProperty("429", out var tooMany)
                && !(tooMany.TryGetProperty("headers", out var retry) && retry.TryGetProperty("Retry-After", out _)))
            {
                missing.Add($"{name} 429 header Retry-After");
            }
        }

        Assert.That(missing, Is.Empty);
    }

    /// <summary>
    /// What a client may send is bounded in the document as the server bounds it: every string a maximum length
    /// (ids and times have their format), every integer a range, every number a minimum, every list a maximum count,
    /// in request bodies and in query parameters alike.
    /// </summary>
    [Test]
    public void Every_string_integer_and_list_a_client_sends_states_its_bound()
    {
        var schemas = _document.Json.GetProperty("components").GetProperty("schemas");
        var unbounded = new List<string>();
        var sent = new HashSet<string>();
        foreach (var (path, method, operation) in Operations())
        {
            if (operation.TryGetProperty("requestBody", out var body))
            {
                foreach (var media in body.GetProperty("content").EnumerateObject())
                {
                    CollectReferences(media.Value.GetProperty("schema"), schemas, sent);
                }
            }

            foreach (var parameter in operation.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateArray() : default)
            {
                CheckBound(parameter.GetProperty("schema"), $"{method.ToUpperInvariant()} {path} ?{parameter.GetProperty("name").GetString()}", unbounded);
            }
        }

        foreach (var name in sent)
        {
            foreach (var property in schemas.GetProperty(name).TryGetProperty("properties", out var properties) ? properties.EnumerateObject() : default)
            {
                CheckBound(property.Value, $"{name}.{property.Name}", unbounded);
            }
        }

        Assert.That(sent, Has.Count.GreaterThanOrEqualTo(8), "the request bodies' schemas");
        Assert.That(unbounded, Is.Empty);
    }

    /// <summary>
    /// What the API answers is bounded too (from the column sizes and paging limits), so that generated clients
    /// know the sizes. The one exception grows with the ticket's life and has no limit to state.
    /// </summary>
    [Test]
    public void Every_string_integer_and_list_the_api_answers_states_its_bound()
    {
        // A ticket's history and its conversation grow with the ticket; neither is capped.
        string[] unboundedByDesign = ["TicketDto.history", "MessageList.items"];
        var unbounded = new List<string>();
        foreach (var schema in _document.Json.GetProperty("components").GetProperty("schemas").EnumerateObject())
        {
            foreach (var property in schema.Value.TryGetProperty("properties", out var properties) ? properties.EnumerateObject() : default)
            {
                CheckBound(property.Value, $"{schema.Name}.{property.Name}", unbounded);
            }
        }

        Assert.That(unbounded, Is.EquivalentTo(unboundedByDesign));
    }

    private static void CollectReferences(JsonElement schema, JsonElement schemas, HashSet<string> names)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            if (names.Add(name))
            {
                CollectReferences(schemas.GetProperty(name), schemas, names);
            }

            return;
        }

        foreach (var member in schema.EnumerateObject())
        {
            if (member.Value.ValueKind == JsonValueKind.Object)
            {
                CollectReferences(member.Value, schemas, names);
                foreach (var nested in member.Value.EnumerateObject().Where(n => n.Value.ValueKind == JsonValueKind.Object))
                {
                    CollectReferences(nested.Value, schemas, names);
                }
            }
            else if (member.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in member.Value.EnumerateArray())
                {
                    CollectReferences(item, schemas, names);
                }
            }
        }
    }

    private static void CheckBound(JsonElement schema, string where, List<string> unbounded)
    {
        if (schema.TryGetProperty("oneOf", out var branches))
        {
            foreach (var branch in branches.EnumerateArray())
            {
                CheckBound(branch, where, unbounded);
            }

            return;
        }

        if (schema.TryGetProperty("$ref", out _) || schema.TryGetProperty("enum", out _) || !schema.TryGetProperty("type", out var typeElement))
        {
            return;
        }

        var types = typeElement.ValueKind == JsonValueKind.Array
            ? typeElement.EnumerateArray().Select(t => t.GetString()).ToList()
            : [typeElement.GetString()];
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        bool Has(string keyword) => schema.TryGetProperty(keyword, out _);
        var bounded = types.FirstOrDefault(t => t != "null") switch
        {
            "string" => Has("maxLength") || format is "uuid" or "date-time",
            "integer" => Has("minimum") && Has("maximum"),
            "number" => Has("minimum"),
            "array" => Has("maxItems"),
            _ => true,
        };
        if (!bounded)
        {
            unbounded.Add(where);
        }
    }

    /// <summary>
    /// A typed client generated from the document reads what the API always returns without casts: every property of
    /// every schema a 2xx answer uses (problems aside) is required, and only the properties whose type admits null are
    /// nullable.
    /// </summary>
    [Test]
    public void Every_property_an_answer_carries_is_required()
    {
        var schemas = _document.Json.GetProperty("components").GetProperty("schemas");
        var answered = new HashSet<string>();
        foreach (var (_, _, operation) in Operations())
        {
            foreach (var response in operation.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('2')))
            {
                foreach (var media in response.Value.TryGetProperty("content", out var content) ? content.EnumerateObject() : default)
                {
                    if (media.Value.TryGetProperty("schema", out var schema))
                    {
                        CollectReferences(schema, schemas, answered);
                    }
                }
            }
        }

        var optional = answered.Where(name => name != "ProblemDetails")
            .SelectMany(name => (schemas.GetProperty(name).TryGetProperty("properties", out var properties) ? properties.EnumerateObject() : default)
                .Where(property => !(schemas.GetProperty(name).TryGetProperty("required", out var required)
                    && required.EnumerateArray().Any(r => r.GetString() == property.Name)))
                .Select(property => $"{name}.{property.Name}"))
            .ToList();

        Assert.That(answered, Is.SupersetOf(new[] { "TicketDto", "OrderDto", "AgentDto", "EventPage", "WebhookDto", "PagedListOfTicketSummaryDto" }));
        Assert.That(optional, Is.Empty);
    }

    [Test]
    public async Task An_answer_carries_every_property_its_schema_requires_nulls_included()
    {
        var (customer, order) = await new Desk().CustomerWithOrderAsync();
        var ticket = await customer.Api.GetTicketAsync((await new Desk().OpenTicketAsync(customer, order)).Id);
        var schema = _document.Json.GetProperty("components").GetProperty("schemas").GetProperty("TicketDto");

        var required = schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()!).ToList();
        var present = ticket.Json.EnumerateObject().Select(p => p.Name).ToList();

        Assert.That(present, Is.SupersetOf(required), "a property the document requires is missing from the answer");
        Assert.That(ticket.Json.GetProperty("resolvedAt").ValueKind, Is.EqualTo(JsonValueKind.Null), "a null is written, not left out");
    }

    /// <summary>
    /// docs/openapi.json is the copy integrators read without running the API. It must match what the API serves;
    /// run with UPDATE_OPENAPI=1 to rewrite it after a deliberate change of the contract, and commit it.
    /// </summary>
    [Test]
    public async Task The_committed_copy_in_docs_matches_the_live_document()
    {
        var live = OpenApiDocument.Normalise(_document.Body);
        var path = OpenApiDocument.CommittedPath;
        if (OpenApiDocument.UpdateRequested)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, live);
            Assert.Pass($"Rewrote {path}.");
        }

        Assert.That(File.Exists(path), Is.True, $"{path} is missing: run the tests with {OpenApiDocument.UpdateVariable}=1 and commit it.");
        var committed = OpenApiDocument.Normalise(await File.ReadAllTextAsync(path));
        Assert.That(live, Is.EqualTo(committed),
            $"The API's OpenAPI document differs from docs/openapi.json. If the change is intended, run the tests with "
            + $"{OpenApiDocument.UpdateVariable}=1 and commit the file.");
    }

    private IEnumerable<(string Path, string Method, JsonElement Operation)> Operations() =>
        from path in Paths.EnumerateObject()
        from method in path.Value.EnumerateObject()
        where method.Name is "get" or "post" or "put" or "delete" or "patch"
        select (path.Name, method.Name, method.Value);
}
