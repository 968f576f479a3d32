using SupportDesk.Application.Common.Models;
using SupportDesk.Application.Customers.Queries;
using SupportDesk.Application.Orders.Queries;
using SupportDesk.Application.Tickets.Queries;

namespace SupportDesk.AdminPortal.Views.Customers;

public sealed record CustomerDetailsViewModel(
    CustomerDto Customer,
    PagedList<OrderDto> Orders,
    PagedList<TicketSummaryDto> Tickets);
