using SupportDesk.Application.Common.Exceptions;
using SupportDesk.Application.Orders.Commands.ImportOrder;
using SupportDesk.Application.Tickets.Queries.GetTickets;

namespace SupportDesk.Application.IntegrationTests.Common.Security;

/// <summary>Who may send what: the roles on the requests. End to end on MariaDB: real handlers, real constraints, real Identity.</summary>
public sealed class AuthorizationTests : DatabaseTest
{
    [Test]
    public async Task A_customer_sending_a_manager_command_is_forbidden_and_nobody_is_unauthorized()
    {
        var customer = await Desk.RegisterCustomerAsync("c@it.local");

        Assert.That(() => Desk.SendAsync(new ImportOrderCommand("SO-X", "x@it.local", DateTime.UtcNow,
            [new ImportOrderLine("S", "P", 1, 1m)]), customer), Throws.InstanceOf<ForbiddenAccessException>());
        Assert.That(() => Desk.SendAsync(new GetTicketsQuery()), Throws.InstanceOf<UnauthorizedAccessException>());
    }
}
