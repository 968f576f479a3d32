using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using SupportDesk.AdminPortal.Controllers;
using SupportDesk.AdminPortal.Live;
using SupportDesk.AdminPortal.Security;
using SupportDesk.AdminPortal.Views.Account;
using SupportDesk.Application.Common.Interfaces;
using SupportDesk.Infrastructure.Web;

namespace SupportDesk.AdminPortal.Setup;

public static class PortalServices
{
    public const string CookieName = "SupportDesk.Portal";

    /// <summary>The sign-in form's rate limit, per client address, with the API's key and default.</summary>
    public const string SignInRateLimit = "sign-in";

    /// <summary>MVC with antiforgery on every unsafe request, the sign-in cookie, role-based access and the current user.</summary>
    public static IServiceCollection AddPortalServices(this IServiceCollection services, IConfiguration configuration,
        IHostEnvironment environment)
    {
        // Outside Development the session and message cookies are marked Secure whatever the request's scheme: the
        // portal is meant to be reached over HTTPS only (README, production checklist). The antiforgery cookie stays
        // SameAsRequest (it is Secure over HTTPS): with Always the antiforgery system refuses plain-HTTP requests
        // outright, and it guards no session by itself.
        var cookieSecurity = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        services.AddTrustedProxies(configuration);
        services.AddControllersWithViews(options =>
        {
            options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            options.Filters.Add<ApplicationExceptionFilter>();
            options.Filters.Add<LivePositionFilter>();
            // Messages come from the use cases' validators (one rule, one place), not from implicit [Required].
            options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = CookieName + ".Antiforgery";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // The security headers middleware sends X-Frame-Options: DENY for every response.
            options.SuppressXFrameOptionsHeader = true;
        });

        services.Configure<CookieTempDataProviderOptions>(options =>
        {
            options.Cookie.Name = CookieName + ".Messages";
            options.Cookie.SecurePolicy = cookieSecurity;
        });

        AddSignIn(services, cookieSecurity);
        AddSignInRateLimit(services, configuration);
        services.AddAuthorization(options =>
        {
            // Every page needs a manager or an agent unless it says [AllowAnonymous]; controllers narrow it further.
            options.FallbackPolicy = new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .RequireRole(PortalAccess.PortalRoles)
                .Build();
        });

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpContextCurrentUser>();
        services.AddScoped<PortalAccess>();
        services.AddScoped<PortalCookieEvents>();
        return services;
    }

    /// <summary>
    /// Posting the sign-in form is limited per client address like the API's token endpoint
    /// (<c>RateLimiting:AuthPermitsPerMinute</c>). A refused attempt shows the form again with the same message as
    /// every other refusal, with status 429 and <c>Retry-After</c>.
    /// </summary>
    private static void AddSignInRateLimit(IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimiting:AuthPermitsPerMinute", 10);
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SignInRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientAddress.Of(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            limiter.OnRejected = async (context, _) =>
            {
                var http = context.HttpContext;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                var modelState = new ModelStateDictionary();
                modelState.AddModelError(string.Empty, AccountController.SignInRefused);
                var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync() : null;
                var view = new ViewResult
                {
                    ViewName = "~/Views/Account/SignIn.cshtml",
                    StatusCode = StatusCodes.Status429TooManyRequests,
                    ViewData = new ViewDataDictionary<SignInForm>(http.RequestServices.GetRequiredService<IModelMetadataProvider>(), modelState)
                    {
                        Model = new SignInForm { Email = form?["Email"], ReturnUrl = form?["ReturnUrl"] },
                    },
                };
                await view.ExecuteResultAsync(new ActionContext(http, http.GetRouteData(), new ControllerActionDescriptor()));
            };
        });
    }

    private static void AddSignIn(IServiceCollection services, CookieSecurePolicy cookieSecurity)
    {
        // Infrastructure registers Identity (stores, sign-in manager); the portal adds the cookie scheme.
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultChallengeScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            // Lax: a link from a mail still opens the portal signed in; cross-site posts carry no cookie (and no
            // antiforgery token either).
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = cookieSecurity;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/account/access-denied";
            options.EventsType = typeof(PortalCookieEvents);
        });
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.FromMinutes(1);
            // A renewed principal is rebuilt from the store: keep the name shown in the navigation bar.
            options.OnRefreshingPrincipal = context =>
            {
                if (context.CurrentPrincipal?.FindFirst(PortalClaims.FullName) is { } name
                    && context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity
                    && !identity.HasClaim(c => c.Type == PortalClaims.FullName))
                {
                    identity.AddClaim(new System.Security.Claims.Claim(PortalClaims.FullName, name.Value));
                }

                return Task.CompletedTask;
            };
        });
    }
}
