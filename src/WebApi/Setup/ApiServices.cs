using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using FluentValidation;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using SupportDesk.Application.Common.Interfaces;
using SupportDesk.Infrastructure.Web;
using SupportDesk.WebApi.Auth;
using SupportDesk.WebApi.Contracts;
using SupportDesk.WebApi.Errors;
using SupportDesk.WebApi.RateLimits;

namespace SupportDesk.WebApi.Setup;

internal static class ApiServices
{
    public const string AuthRateLimit = "auth";

    /// <summary>Bodies above this are refused with 413 (the largest legitimate body, an order of 200 lines, is ~40 KB).</summary>
    public const long MaxRequestBodyBytes = 256 * 1024;

    /// <summary>Path and query above this are refused with a 414 problem (the longest list filter is ~1 KB).</summary>
    public const int MaxRequestTargetBytes = 8 * 1024;

    /// <summary>
    /// Kestrel's own request-line limit, above <see cref="MaxRequestTargetBytes"/> so that the API, not the server,
    /// refuses a long target with a problem; only a request line over this gets Kestrel's bare 414.
    /// </summary>
    public const int MaxRequestLineBytes = 64 * 1024;

    public static IServiceCollection AddWebApiServices(this IServiceCollection services, IConfiguration configuration,
        IHostEnvironment environment)
    {
        services.AddHttpContextAccessor();
        services.AddValidatorsFromAssemblyContaining<TokenRequestValidator>(includeInternalTypes: true);
        services.AddTrustedProxies(configuration);
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<TokenIssuer>();
        services.AddControllers(mvc =>
            {
                mvc.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                // JSON is the only representation: Accept: application/xml is a 406 problem, not JSON under a 200.
                mvc.ReturnHttpNotAcceptable = true;
                mvc.Filters.Add(new ProblemContentTypeFilter());
                mvc.Filters.Add<RequestValidationFilter>();
                mvc.Conventions.Add(new BodyProblemsConvention());
                // Every operation can answer these. Declared globally: on ApiControllerBase they were hidden from the
                // OpenAPI document by each controller's own class-level [ProducesResponseType] (401/403).
                foreach (var status in new[] { StatusCodes.Status400BadRequest, StatusCodes.Status429TooManyRequests, StatusCodes.Status500InternalServerError, StatusCodes.Status503ServiceUnavailable })
                {
                    mvc.Filters.Add(new ProducesProblemAttribute(status));
                }
            })
            .AddJsonOptions(json => ConfigureJson(json.JsonSerializerOptions, json));
        // Bodies are UTF-8 (RFC 8259): any other declared charset is a 415 problem, and bytes that do not decode are
        // a 400, where the transcoding reader for UTF-16 failed with a 500.
        services.PostConfigure<MvcOptions>(mvc =>
        {
            foreach (var formatter in mvc.InputFormatters.OfType<Microsoft.AspNetCore.Mvc.Formatters.SystemTextJsonInputFormatter>())
            {
                formatter.SupportedEncodings.Clear();
                formatter.SupportedEncodings.Add(new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
            }
        });
        services.ConfigureHttpJsonOptions(json => ConfigureJson(json.SerializerOptions, null));
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestLineSize = MaxRequestLineBytes;
        });
        services.AddProblemResponses();
        services.AddJwtAuthentication(configuration);
        services.AddRateLimits(configuration);
        services.AddOptions<ApiDocumentOptions>().Bind(configuration.GetSection(ApiDocumentOptions.SectionName));
        services.AddApiDocument();
        return services;
    }

    private static void ConfigureJson(System.Text.Json.JsonSerializerOptions options, JsonOptions? mvc)
    {
        options.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        // A missing required field or a null where the contract has none is a 400, not a silent default.
        options.RespectRequiredConstructorParameters = true;
        options.RespectNullableAnnotations = true;
        // MVC starts from the web defaults, which also read numbers from strings ("quantity": "2"). The contract's
        // numbers are JSON numbers: a string is a type mistake (400), and the OpenAPI schema says integer, not
        // "integer or string with a pattern", which client generators turn into awkward types.
        options.NumberHandling = JsonNumberHandling.Strict;
        if (mvc is not null)
        {
            // The field path is reported; the serializer's message (which names our types) is not.
            mvc.AllowInputFormatterExceptionMessages = false;
        }
    }

    private static void AddJwtAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JwtOptions>().Bind(configuration.GetSection(JwtOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<JwtOptions>>((bearer, jwt) =>
            {
                bearer.MapInboundClaims = false;
                bearer.Events = new JwtBearerEvents
                {
                    OnTokenValidated = TokenRevocation.ValidateAsync,
                    OnAuthenticationFailed = TokenRevocation.LogFailureAsync,
                };
                bearer.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = jwt.Value.Issuer,
                    ValidAudience = jwt.Value.Audience,
                    IssuerSigningKey = TokenIssuer.SigningKey(jwt.Value),
                    NameClaimType = TokenIssuer.SubjectClaim,
                    RoleClaimType = TokenIssuer.RoleClaim,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    // The one algorithm the API signs with (RFC 8725: never let the token choose).
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                };
            });
        services.AddAuthorization();
    }

    private static void AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitingOptions>().Bind(configuration.GetSection(RateLimitingOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AdmissionOptions>().Bind(configuration.GetSection(AdmissionOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AdmissionGate>();
        services.AddSingleton<QuotaWindows>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Every request, per account when signed in (the budget of its role), per client address otherwise.
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(ApiQuota.Partition);
            // Sign-in and registration, per client address: guessing passwords or creating accounts in bulk is slowed down.
            limiter.AddPolicy(AuthRateLimit, context =>
            {
                var permits = context.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value.AuthPermitsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(ClientAddress.Of(context),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = RateLimitingOptions.Window, QueueLimit = 0 });
            });
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter =
                        Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = "Too many requests; wait for the number of seconds in Retry-After and try again.",
                    },
                });
            };
        });
    }
}
