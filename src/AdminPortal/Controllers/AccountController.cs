using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using SupportDesk.AdminPortal.Security;
using SupportDesk.AdminPortal.Setup;
using SupportDesk.AdminPortal.Views.Account;
using SupportDesk.Infrastructure.Identity;
using SupportDesk.Infrastructure.Web;

namespace SupportDesk.AdminPortal.Controllers;

[AllowAnonymous]
[Route("account")]
public sealed class AccountController(
    SignInManager<ApplicationUser> signIn,
    PasswordSignIn passwords,
    PortalAccess access,
    ILogger<AccountController> logger) : Controller
{
    /// <summary>
    /// The one answer to every refused sign-in: wrong password, unknown email, a customer's or the shop's account,
    /// a removed agent, too many attempts. Telling them apart would confirm that an account exists or that a
    /// customer's password is right; the log has the reason.
    /// </summary>
    internal const string SignInRefused =
        "Sign-in failed: check your email and password. After several failed attempts, wait a few minutes.";

    /// <summary>Told only after the right password (like an unconfirmed email at the API): whoever reads it already
    /// holds the account, so it confirms nothing to a guesser. Removal is checked before the lock, since removing an
    /// agent also locks the account.</summary>
    internal const string AccountRemoved =
        "Your account was removed by a manager, so it can no longer sign in. Ask a manager if this is a mistake.";

    internal const string AccountLocked = "Your account is locked. Ask a manager to unlock it.";

    [HttpGet("sign-in")]
    public IActionResult SignIn(string? returnUrl = null, string? reason = null)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return RedirectToAction(nameof(HomeController.Index), "Home");
        }

        ViewData["SessionEnded"] = SessionEnd.Explain(reason);
        return View(new SignInForm { ReturnUrl = returnUrl });
    }

    [HttpPost("sign-in")]
    [EnableRateLimiting(PortalServices.SignInRateLimit)]
    public async Task<IActionResult> SignIn(SignInForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var (user, refusal) = await CheckAsync(form.Email!, form.Password!);
        if (user is null)
        {
            ModelState.AddModelError(string.Empty, refusal ?? SignInRefused);
            return View(form with { Password = null });
        }

        await signIn.SignInWithClaimsAsync(user, form.RememberMe, [new Claim(PortalClaims.FullName, user.FullName)]);
        SessionEnd.Forget(HttpContext);
        logger.LogInformation("User {UserId} signed in to the portal", user.Id);
        // Only back to a page: an address that answers POST alone (a form's action) would be a 404.
        return Url.IsLocalUrl(form.ReturnUrl) && ReturnAddress.IsPage(HttpContext, form.ReturnUrl)
            ? LocalRedirect(form.ReturnUrl)
            : RedirectToAction(nameof(HomeController.Index), "Home");
    }

    [HttpPost("sign-out")]
    public async Task<IActionResult> SignOutOfPortal()
    {
        await signIn.SignOutAsync();
        SessionEnd.Forget(HttpContext);
        return RedirectToAction(nameof(SignIn));
    }

    [HttpGet("access-denied")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    /// <summary>The desk's one password check (throttled, shared with the API), then whether the account may use the
    /// portal (managers, and agents not removed). A refusal after the right password of a removed or locked account
    /// says so; every other refusal is <see cref="SignInRefused"/> (null).</summary>
    private async Task<(ApplicationUser? User, string? Refusal)> CheckAsync(string email, string password)
    {
        var address = ClientAddress.Of(HttpContext);
        var result = await passwords.SignInAsync(email, password, address, HttpContext.RequestAborted);
        if (result.User is { } disabled && result.Refusal == SignInRefusal.AccountDisabled)
        {
            return (null, await access.CheckAsync(disabled, HttpContext.RequestAborted) switch
            {
                PortalRefusal.AgentRemoved => AccountRemoved,
                null => AccountLocked,
                _ => null, // not staff: the portal says nothing of the account
            });
        }

        if (result.User is not { } user || !result.Succeeded)
        {
            return (null, null);
        }

        if (await access.CheckAsync(user, HttpContext.RequestAborted) is { } refusal)
        {
            passwords.Refuse(user, address, SignInRefusal.NotAllowedHere);
            return (null, refusal == PortalRefusal.AgentRemoved ? AccountRemoved : null);
        }

        return (user, null);
    }
}
