using MediatR;
using SupportDesk.AdminPortal.Views.Customers;
using Roles = SupportDesk.Application.Common.Security.Roles;
using SupportDesk.Application.Customers.Queries.GetCustomer;
using SupportDesk.Application.Customers.Queries.GetCustomers;
using SupportDesk.Application.Orders.Queries.GetOrders;
using SupportDesk.Application.Tickets.Queries.GetTickets;

namespace SupportDesk.AdminPortal.Controllers;

/// <summary>Managers browse the customers; agents open the customer of a ticket, read only (there is nothing to edit
/// here for anyone: customers and orders come from the shop).</summary>
[Authorize(Roles = $"{Roles.Agent},{Roles.Manager}")]
[Route("customers")]
public sealed class CustomersController(IMediator mediator) : PortalController(mediator)
{
    internal const int PageSize = 20;

    [HttpGet("")]
    [Authorize(Roles = Roles.Manager)]
    public async Task<IActionResult> Index(string? q, int page = 1)
    {
        var customers = await Sender.Send(new GetCustomersQuery(q, Math.Max(1, page), PageSize), HttpContext.RequestAborted);
        return View(new CustomerListViewModel(q, customers));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, int ordersPage = 1, int ticketsPage = 1)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var customer = await Sender.Send(new GetCustomerQuery(id), cancellationToken);
        var orders = await Sender.Send(new GetOrdersQuery(id, Page: Math.Max(1, ordersPage), PageSize: PageSize), cancellationToken);
        var tickets = await Sender.Send(
            new GetTicketsQuery { CustomerId = id, Page = Math.Max(1, ticketsPage), PageSize = PageSize }, cancellationToken);
        return View(new CustomerDetailsViewModel(customer, orders, tickets));
    }
}
