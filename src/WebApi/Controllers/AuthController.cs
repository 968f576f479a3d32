using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using SupportDesk.Application.Customers.Commands.RegisterCustomer;
using SupportDesk.Application.Customers.Queries;
using SupportDesk.WebApi.Auth;
using SupportDesk.WebApi.Contracts;
using SupportDesk.Infrastructure.Web;
using SupportDesk.WebApi.Setup;

namespace SupportDesk.WebApi.Controllers;

[Route("api/auth")]
[AllowAnonymous]
[EnableRateLimiting(ApiServices.AuthRateLimit)]
public sealed class AuthController(TokenIssuer tokens) : ApiControllerBase
{
    /// <summary>Registers a customer account (anyone). An email the shop already sent orders for is linked to them.</summary>
    [HttpPost("register")]
    [ProducesResponseType<CustomerDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
    public async Task<ActionResult<CustomerDto>> RegisterCustomer(RegisterRequest request, CancellationToken cancellationToken)
    {
        var customer = await Sender.Send(new RegisterCustomerCommand(request.Email, request.Password, request.FullName), cancellationToken);
        return Created("/api/customers/me", customer);
    }

    /// <summary>Exchanges an email and password (any role) for a bearer token. Repeated failures from one address are
    /// refused for a while (SignInThrottling); they never lock the account or end its tokens.</summary>
    [HttpPost("token")]
    [ProducesResponseType<TokenResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
    public async Task<ActionResult<TokenResponse>> IssueToken(TokenRequest request, CancellationToken cancellationToken)
    {
        var token = await tokens.IssueAsync(request.Email, request.Password, ClientAddress.Of(HttpContext), cancellationToken);
        return token is null
            ? Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed",
                detail: "The email or password is wrong, or there were too many failed attempts; try again later.")
            : Ok(token);
    }
}
