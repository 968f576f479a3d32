using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.OpenApi;

namespace SupportDesk.WebApi.Setup;

public static class ApiDocument
{
    public const string BearerScheme = "Bearer";

    public static IServiceCollection AddApiDocument(this IServiceCollection services) =>
        services.AddOpenApi("v1", options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "SupportDesk API",
                    Version = "v1",
                    Description = "Product return tickets: customers open them on their orders, the desk assigns them to "
                        + "free agents, agents resolve them. Sign in with POST /api/auth/token and send the token as "
                        + "`Authorization: Bearer <token>`. Errors are RFC 9457 problems with a stable `code`.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "JWT",
                    Description = "The accessToken from POST /api/auth/token.",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                if (context.Description.ActionDescriptor is ControllerActionDescriptor action)
                {
                    operation.OperationId = action.ActionName;
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
}
