using Roles = SupportDesk.Application.Common.Security.Roles;
using SupportDesk.Application.Customers.Queries;
using SupportDesk.Application.Customers.Queries.GetMyCustomer;
using SupportDesk.WebApi.Errors;

namespace SupportDesk.WebApi.Controllers;

/// <summary>The signed-in customer's own profile.</summary>
[Route("api/customers")]
[ProducesProblem(StatusCodes.Status401Unauthorized)]
[ProducesProblem(StatusCodes.Status403Forbidden)]
public sealed class CustomersController : ApiControllerBase
{
    /// <summary>Read the calling customer.</summary>
    /// <remarks>Customer only. The signed-in customer's profile.</remarks>
    [HttpGet("me")]
    [Authorize(Roles = Roles.Customer)]
    [ProducesResponseType<CustomerDto>(StatusCodes.Status200OK)]
    public Task<CustomerDto> GetMyCustomer(CancellationToken cancellationToken) =>
        Sender.Send(new GetMyCustomerQuery(), cancellationToken);
}
