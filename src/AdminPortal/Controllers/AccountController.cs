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

    [HttpGet("sign-in")]
    public IActionResult SignIn(string? returnUrl = null) =>
        User.Identity?.IsAuthenticated == true
            ? RedirectToAction(nameof(HomeController.Index), "Home")
            : View(new SignInForm { ReturnUrl = returnUrl });

    [HttpPost("sign-in")]
    [EnableRateLimiting(PortalServices.SignInRateLimit)]
    public async Task<IActionResult> SignIn(SignInForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var user = await CheckAsync(form.Email!, form.Password!);
        if (user is null)
        {
            ModelState.AddModelError(string.Empty, SignInRefused);
            return View(form with { Password = null });
        }

        await signIn.SignInWithClaimsAsync(user, form.RememberMe, [new Claim(PortalClaims.FullName, user.FullName)]);
        logger.LogInformation("User {UserId} signed in to the portal", user.Id);
        return Url.IsLocalUrl(form.ReturnUrl) ? LocalRedirect(form.ReturnUrl) : RedirectToAction(nameof(HomeController.Index), "Home");
    }

    [HttpPost("sign-out")]
    public async Task<IActionResult> SignOutOfPortal()
    {
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(SignIn));
    }

    [HttpGet("access-denied")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    /// <summary>The desk's one password check (throttled, shared with the API), then whether the account may use the
    /// portal (managers, and agents not removed).</summary>
    private async Task<ApplicationUser?> CheckAsync(string email, string password)
    {
        var address = ClientAddress.Of(HttpContext);
        var result = await passwords.SignInAsync(email, password, address, HttpContext.RequestAborted);
        if (result.User is not { } user || !result.Succeeded)
        {
            return null;
        }

        if (await access.CheckAsync(user, HttpContext.RequestAborted) is not null)
        {
            passwords.Refuse(user, address, SignInRefusal.NotAllowedHere);
            return null;
        }

        return user;
    }
}
