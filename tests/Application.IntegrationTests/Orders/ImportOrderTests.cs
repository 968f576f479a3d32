using SupportDesk.Application.Agents.Commands.RemoveAgent;
using SupportDesk.Application.Agents.Commands.SetAgentAvailability;
using SupportDesk.Application.Agents.Queries.GetMyAgent;
using SupportDesk.Application.Common.Exceptions;
using SupportDesk.Application.Customers.Commands.RegisterCustomer;
using SupportDesk.Application.Demo.Commands.SeedDemoData;
using SupportDesk.Application.Orders.Queries.GetOrder;
using SupportDesk.Application.Orders.Queries.GetOrders;
using SupportDesk.Application.Tickets.Commands.ResolveTicket;
using SupportDesk.Application.Tickets.Queries.GetTicket;
using SupportDesk.Application.Tickets.Queries.GetTickets;
using SupportDesk.Domain.Common;

namespace SupportDesk.Application.IntegrationTests.Orders;

/// <summary>Importing an order pushed by the shop. End to end on MariaDB: real handlers, real constraints, real Identity.</summary>
public sealed class ImportOrderTests : DatabaseTest
{
    [Test]
    public async Task Importing_an_order_number_twice_is_a_conflict()
    {
        await Desk.ImportOrderAsync("SO-1", "buyer@it.local");

        Assert.That(() => Desk.ImportOrderAsync("SO-1", "other@it.local"), Throws.InstanceOf<ConflictException>());
    }
}
