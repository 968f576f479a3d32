using Microsoft.AspNetCore.Identity;
using SupportDesk.AdminPortal.Controllers;
using SupportDesk.AdminPortal.Security;
using SupportDesk.Application.Common.Interfaces;

namespace SupportDesk.AdminPortal.Setup;

public static class PortalServices
{
    public const string CookieName = "SupportDesk.Portal";

    /// <summary>MVC with antiforgery on every unsafe request, the sign-in cookie, role-based access and the current user.</summary>
    public static IServiceCollection AddPortalServices(this IServiceCollection services)
    {
        services.AddControllersWithViews(options =>
        {
            options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            options.Filters.Add<ApplicationExceptionFilter>();
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

        services.Configure<CookieTempDataProviderOptions>(options => options.Cookie.Name = CookieName + ".Messages");

        AddSignIn(services);
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

    private static void AddSignIn(IServiceCollection services)
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
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
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
