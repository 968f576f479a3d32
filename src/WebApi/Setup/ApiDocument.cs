using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.OpenApi;
using SupportDesk.WebApi.Errors;

namespace SupportDesk.WebApi.Setup;

internal static class ApiDocument
{
    public const string BearerScheme = "Bearer";

    /// <summary>The operations' groups, as a generated client names its classes.</summary>
    private static readonly Dictionary<string, string> Tags = new()
    {
        ["Auth"] = "Registration and tokens: a customer registers; every role signs in for a bearer token.",
        ["Customers"] = "The signed-in customer's own profile.",
        ["Orders"] = "Orders the shop pushes (Manager, Integration) and customers read (their own only).",
        ["Tickets"] = "Return tickets: customers open them on their order lines, agents resolve the one they hold.",
        ["Agents"] = "The desk's agents: managers add, change and remove them; an agent sets its own availability.",
        ["Events"] = "The change feed: every event of the desk in commit order, for the shop's systems.",
        ["Conversation"] = "Messages between a ticket's customer and the agent holding it, staff's internal notes, and files as evidence.",
        ["Webhooks"] = "Subscriptions that post signed events to the shop's systems as they happen, and their delivery log.",
    };

    public static IServiceCollection AddApiDocument(this IServiceCollection services) =>
        services.AddOpenApi("v1", options =>
        {
            options.AddDocumentTransformer((document, context, _) =>
            {
                var about = context.ApplicationServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ApiDocumentOptions>>().Value;
                document.Info = new OpenApiInfo
                {
                    Title = "SupportDesk API",
                    Version = "v1",
                    Description = "Product return tickets: customers open them on their orders, the desk assigns them to "
                        + "free agents, agents resolve them. Sign in with POST /api/auth/token and send the token as "
                        + "`Authorization: Bearer <token>`. Errors are RFC 9457 problems with a stable `code`.",
                    Contact = new OpenApiContact { Name = about.ContactName, Email = about.ContactEmail, Url = about.ContactUrl },
                    License = new OpenApiLicense { Name = about.LicenseName, Url = about.LicenseUrl },
                };
                document.Components ??= new OpenApiComponents();
                foreach (var (name, schema) in document.Components.Schemas ?? new Dictionary<string, IOpenApiSchema>())
                {
                    if (schema is OpenApiSchema known)
                    {
                        DescribeNullableReferences(known);
                        ResponseBounds.Apply(name, known);
                    }
                }

                var parameters = (document.Paths ?? new OpenApiPaths()).Values
                    .SelectMany(path => path.Operations?.Values.AsEnumerable() ?? [])
                    .SelectMany(operation => operation.Parameters ?? []);
                foreach (var parameter in parameters)
                {
                    if (parameter.Schema is OpenApiSchema schema)
                    {
                        ResponseBounds.ApplyToParameter(parameter.Name ?? string.Empty, schema);
                    }
                }

                EventsDocument.Apply(document);
                RequiredResponseProperties.Apply(document);
                document.Tags = new HashSet<OpenApiTag>(Tags.Select(tag => new OpenApiTag { Name = tag.Key, Description = tag.Value }));
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "JWT",
                    Description = "The accessToken from POST /api/auth/token: a JWT (RFC8725 practices: HS256 only, issuer, audience and "
                        + "expiry checked, 30 s clock skew) signed with HMAC-SHA256, accepted until "
                        + "its expiresAt (Jwt:LifetimeMinutes after it was issued, 60 by default) unless the account is removed "
                        + "or its password changes first.",
                };
                return Task.CompletedTask;
            });
            options.AddSchemaTransformer(ContractBounds.ApplyToSchema);
            options.AddSchemaTransformer(ContractExamples.ApplyToSchema);
            options.AddSchemaTransformer(FileContentDocument.ApplyToSchema);
            options.AddOperationTransformer(FileContentDocument.ApplyToOperation);
            options.AddDocumentTransformer(FileContentDocument.ApplyToDocument);
            options.AddOperationTransformer(ContractBounds.ApplyToOperation);
            options.AddOperationTransformer(RateLimitHeadersDocument.Apply);
            options.AddSchemaTransformer((schema, context, _) =>
            {
                if (context.JsonTypeInfo.Type == typeof(Microsoft.AspNetCore.Mvc.ProblemDetails))
                {
                    DescribeProblem(schema);
                }

                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                if (context.Description.ActionDescriptor is ControllerActionDescriptor action)
                {
                    operation.OperationId = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(action.ActionName);
                    var anonymous = action.EndpointMetadata.OfType<Microsoft.AspNetCore.Authorization.IAllowAnonymous>().Any();
                    if (!anonymous)
                    {
                        operation.Security ??= [];
                        operation.Security.Add(new OpenApiSecurityRequirement
                        {
                            [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [],
                        });
                    }
                }

                return Task.CompletedTask;
            });
        });

    /// <summary>The problem every error answers with (RFC 9457), with the members the API adds to it.</summary>
    private static void DescribeProblem(OpenApiSchema schema)
    {
        schema.Description = "An RFC 9457 problem: every error the API answers, with a stable machine-readable code.";
        schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
        var descriptions = new Dictionary<string, string>
        {
            ["type"] = "A URI reference for the kind of problem (the HTTP status's section of RFC 9110).",
            ["title"] = "A short summary of the kind of problem.",
            ["status"] = "The HTTP status code.",
            ["detail"] = "What went wrong with this request, for people.",
            ["instance"] = "A URI reference for this occurrence, when there is one.",
        };
        foreach (var (name, description) in descriptions)
        {
            if (schema.Properties.TryGetValue(name, out var property) && property is OpenApiSchema known)
            {
                known.Description = description;
                if (name is "title" or "status" or "detail" && known.Type is { } type)
                {
                    // Every problem of the API carries these (the contract's problem shape), never as null.
                    known.Type = type & ~JsonSchemaType.Null;
                }

                if (ProblemLimits.Lengths.TryGetValue(name, out var length))
                {
                    known.MaxLength = length;
                }
                else if (name == "status")
                {
                    known.Minimum = "400";
                    known.Maximum = "599";
                }
            }
        }

        schema.Properties["code"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "A stable code to branch on, e.g. ticket.invalid_transition, request.validation, auth.unauthenticated.",
            MaxLength = ProblemLimits.Lengths["code"],
        };
        schema.Properties["traceId"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "The request's trace id, as in the server's log: quote it when reporting a problem.",
            MaxLength = ProblemLimits.Lengths["traceId"],
        };
        schema.Required = new HashSet<string> { "title", "status", "detail", "code", "traceId" };
        schema.Properties["errors"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "On a 400 request.validation or request.invalid: each invalid field (as a JSON path) and what is wrong with it.",
            AdditionalProperties = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                MaxItems = ProblemLimits.MessagesPerField,
                Items = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = ProblemLimits.Lengths["detail"] },
            },
        };
    }

    /// <summary>
    /// A nullable property of an object or enum type is written as <c>oneOf: [null, $ref]</c>, and its XML
    /// documentation lands on the reference inside; lift it to the property, where generators and readers look.
    /// </summary>
    private static void DescribeNullableReferences(OpenApiSchema schema)
    {
        foreach (var property in (schema.Properties ?? new Dictionary<string, IOpenApiSchema>()).Values.OfType<OpenApiSchema>())
        {
            if (string.IsNullOrEmpty(property.Description) && property.OneOf is { Count: > 0 } branches)
            {
                property.Description = branches.Select(b => b.Description).FirstOrDefault(d => !string.IsNullOrEmpty(d));
            }
        }
    }
}
