using SupportDesk.Application.Common.Models;
using SupportDesk.Application.Customers.Queries.GetCustomers;

namespace SupportDesk.AdminPortal.Views.Customers;

public sealed record CustomerListViewModel(string? Q, PagedList<CustomerSummaryDto> Customers);
