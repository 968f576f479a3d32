using Roles = SupportDesk.Application.Common.Security.Roles;
using SupportDesk.Application.Customers.Queries;
using SupportDesk.Application.Customers.Queries.GetMyCustomer;

namespace SupportDesk.WebApi.Controllers;

[Route("api/customers")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
public sealed class CustomersController : ApiControllerBase
{
    /// <summary>The signed-in customer's profile (Customer).</summary>
    [HttpGet("me")]
    [Authorize(Roles = Roles.Customer)]
    [ProducesResponseType<CustomerDto>(StatusCodes.Status200OK)]
    public Task<CustomerDto> GetMyCustomer(CancellationToken cancellationToken) =>
        Sender.Send(new GetMyCustomerQuery(), cancellationToken);
}
