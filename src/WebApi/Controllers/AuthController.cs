using Microsoft.AspNetCore.RateLimiting;
using SupportDesk.Application.Common.Security;
using SupportDesk.Application.Customers.Commands.ConfirmEmail;
using SupportDesk.Application.Customers.Commands.RegisterCustomer;
using SupportDesk.Application.Customers.Commands.ResendConfirmation;
using SupportDesk.Infrastructure.Identity;
using SupportDesk.Infrastructure.Web;
using SupportDesk.WebApi.Auth;
using SupportDesk.WebApi.Contracts;
using SupportDesk.WebApi.Setup;
using SupportDesk.WebApi.Errors;

namespace SupportDesk.WebApi.Controllers;

/// <summary>Accounts and tokens: customers sign up and confirm their email, every role exchanges its password for a
/// bearer token.</summary>
/// <param name="tokens">Checks passwords and issues tokens.</param>
[Route("api/auth")]
[AllowAnonymous]
[EnableRateLimiting(ApiServices.AuthRateLimit)]
public sealed class AuthController(TokenIssuer tokens) : ApiControllerBase
{
    /// <summary>Sign up as a customer.</summary>
    /// <remarks>Anyone. Answers 202 whatever the email, so the answer never tells whether an account uses it. A new email gets an account that cannot sign in yet, and an email with a confirmation code (valid 30 minutes by default) to send to `POST /api/auth/confirm-email`; an email that already has an account gets an email saying so, and no second account. Orders the shop imported under the email become the customer's only when the email is confirmed. A password the policy refuses is a 400 naming the reasons, whatever the email. Sign-up emails to one address are limited per hour (beyond it, still 202, and no email). Rate limited per client address (429).</remarks>
    [HttpPost("register")]
    [ProducesResponseType(StatusCodes.Status202Accepted)]
    public async Task<IActionResult> RegisterCustomer(RegisterRequest request, CancellationToken cancellationToken)
    {
        await Sender.Send(new RegisterCustomerCommand(request.Email, request.Password, request.FullName), cancellationToken);
        return Accepted();
    }

    /// <summary>Confirm a sign-up's email.</summary>
    /// <remarks>Anyone. With the code emailed at sign-up (or by `POST /api/auth/resend-confirmation`), the account may sign in, and the orders the shop imported under its email become the customer's. A wrong, expired or already used code is 400 `account.confirmation_invalid`, without telling which; a code takes a few guesses, then confirms nothing (ask for a new one). Rate limited per client address (429).</remarks>
    [HttpPost("confirm-email")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesProblem(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> ConfirmEmail(ConfirmEmailRequest request, CancellationToken cancellationToken)
    {
        await Sender.Send(new ConfirmEmailCommand(request.Email, request.Code), cancellationToken);
        return NoContent();
    }

    /// <summary>Send a new confirmation code.</summary>
    /// <remarks>Anyone. Answers 202 whatever the email. An account whose email is not confirmed yet gets a new code, and the codes sent before stop working; sign-up emails to one address are limited per hour. Rate limited per client address (429).</remarks>
    [HttpPost("resend-confirmation")]
    [ProducesResponseType(StatusCodes.Status202Accepted)]
    public async Task<IActionResult> ResendConfirmation(ResendConfirmationRequest request, CancellationToken cancellationToken)
    {
        await Sender.Send(new ResendConfirmationCommand(request.Email), cancellationToken);
        return Accepted();
    }

    /// <summary>Sign in for a bearer token.</summary>
    /// <remarks>Anyone, for every role. Exchanges an email and password for a JWT to send as `Authorization: Bearer` on every other call. A wrong email or password is 401 with one message whichever it was; repeated failures from one address for one account (or from one address overall) are refused with that same 401 for a while, without locking the account or ending its tokens. The right password of a customer who has not confirmed their email yet is 403 `account.email_unconfirmed`.</remarks>
    [HttpPost("token")]
    [ProducesResponseType<TokenResponse>(StatusCodes.Status200OK)]
    [ProducesProblem(StatusCodes.Status401Unauthorized)]
    [ProducesProblem(StatusCodes.Status403Forbidden)]
    public async Task<ActionResult<TokenResponse>> IssueToken(TokenRequest request, CancellationToken cancellationToken)
    {
        var issue = await tokens.IssueAsync(request.Email, request.Password, ClientAddress.Of(HttpContext), cancellationToken);
        if (issue.Token is { } token)
        {
            return Ok(token);
        }

        if (issue.Refusal == SignInRefusal.EmailUnconfirmed)
        {
            var problem = Problem(statusCode: StatusCodes.Status403Forbidden, title: "Email not confirmed",
                detail: "Confirm your email first with the code we sent (POST /api/auth/confirm-email); POST /api/auth/resend-confirmation sends a new one.");
            if (problem.Value is ProblemDetails details)
            {
                details.Extensions["code"] = AccountErrorCodes.EmailUnconfirmed;
            }

            return problem;
        }

        return Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed",
            detail: "The email or password is wrong, or there were too many failed attempts; try again later.");
    }
}
