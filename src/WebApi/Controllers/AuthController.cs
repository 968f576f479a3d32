using Microsoft.AspNetCore.RateLimiting;
using SupportDesk.Application.Customers.Commands.RegisterCustomer;
using SupportDesk.Application.Customers.Queries;
using SupportDesk.Infrastructure.Web;
using SupportDesk.WebApi.Auth;
using SupportDesk.WebApi.Contracts;
using SupportDesk.WebApi.Setup;
using SupportDesk.WebApi.Errors;

namespace SupportDesk.WebApi.Controllers;

/// <summary>Accounts and tokens: customers register, every role exchanges its password for a bearer token.</summary>
/// <param name="tokens">Checks passwords and issues tokens.</param>
[Route("api/auth")]
[AllowAnonymous]
[EnableRateLimiting(ApiServices.AuthRateLimit)]
public sealed class AuthController(TokenIssuer tokens) : ApiControllerBase
{
    /// <summary>Register a customer.</summary>
    /// <remarks>Anyone. Creates a customer account; orders the shop already imported under the email become the customer's. 409 `auth.email_taken` when an account uses the email. Rate limited per client address (429).</remarks>
    [HttpPost("register")]
    [ProducesResponseType<CustomerDto>(StatusCodes.Status201Created)]
    [ProducesProblem(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<CustomerDto>> RegisterCustomer(RegisterRequest request, CancellationToken cancellationToken)
    {
        var customer = await Sender.Send(new RegisterCustomerCommand(request.Email, request.Password, request.FullName), cancellationToken);
        return Created("/api/customers/me", customer);
    }

    /// <summary>Sign in for a bearer token.</summary>
    /// <remarks>Anyone, for every role. Exchanges an email and password for a JWT to send as `Authorization: Bearer` on every other call. A wrong email or password is 401 with one message whichever it was; repeated failures from one address for one account (or from one address overall) are refused with that same 401 for a while, without locking the account or ending its tokens.</remarks>
    [HttpPost("token")]
    [ProducesResponseType<TokenResponse>(StatusCodes.Status200OK)]
    [ProducesProblem(StatusCodes.Status401Unauthorized)]
    public async Task<ActionResult<TokenResponse>> IssueToken(TokenRequest request, CancellationToken cancellationToken)
    {
        var token = await tokens.IssueAsync(request.Email, request.Password, ClientAddress.Of(HttpContext), cancellationToken);
        return token is null
            ? Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed",
                detail: "The email or password is wrong, or there were too many failed attempts; try again later.")
            : Ok(token);
    }
}
