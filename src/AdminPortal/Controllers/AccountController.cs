using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using SupportDesk.AdminPortal.Security;
using SupportDesk.AdminPortal.Views.Account;
using SupportDesk.Infrastructure.Identity;

namespace SupportDesk.AdminPortal.Controllers;

[AllowAnonymous]
[Route("account")]
public sealed class AccountController(
    SignInManager<ApplicationUser> signIn,
    PortalAccess access,
    ILogger<AccountController> logger) : Controller
{
    internal const string WrongCredentials = "The email or password is not correct.";
    // A removed agent's account is locked out too: the message covers both without telling them apart.
    internal const string LockedOut = "This account is locked or has been removed. Try again later, or ask a manager.";
    internal const string NotStaff =
        "This portal is for support agents and managers. Customers and shop integrations use the SupportDesk API.";
    internal const string AgentRemoved = "This agent account has been removed and can no longer sign in.";

    [HttpGet("sign-in")]
    public IActionResult SignIn(string? returnUrl = null) =>
        User.Identity?.IsAuthenticated == true
            ? RedirectToAction(nameof(HomeController.Index), "Home")
            : View(new SignInForm { ReturnUrl = returnUrl });

    [HttpPost("sign-in")]
    public async Task<IActionResult> SignIn(SignInForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var user = await signIn.UserManager.FindByEmailAsync(form.Email!.Trim());
        var refusal = user is null ? WrongCredentials : await CheckAsync(user, form.Password!);
        if (refusal is not null)
        {
            ModelState.AddModelError(string.Empty, refusal);
            return View(form with { Password = null });
        }

        await signIn.SignInWithClaimsAsync(user!, form.RememberMe, [new Claim(PortalClaims.FullName, user!.FullName)]);
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

    /// <summary>The password first (counting failures towards lockout), then whether this account may use the portal.</summary>
    private async Task<string?> CheckAsync(ApplicationUser user, string password)
    {
        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            logger.LogWarning("Portal sign-in of locked-out user {UserId} refused", user.Id);
            return LockedOut;
        }

        if (!result.Succeeded)
        {
            return WrongCredentials;
        }

        var refusal = await access.CheckAsync(user, HttpContext.RequestAborted);
        if (refusal is not null)
        {
            logger.LogWarning("Portal sign-in of user {UserId} refused: {Refusal}", user.Id, refusal);
        }

        return refusal switch
        {
            PortalRefusal.NotStaff => NotStaff,
            PortalRefusal.AgentRemoved => AgentRemoved,
            _ => null,
        };
    }
}
