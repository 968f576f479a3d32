using SupportDesk.Application.Common.Exceptions;
using SupportDesk.Domain.Common;

namespace SupportDesk.Application.IntegrationTests.Tickets;

/// <summary>Opening a return ticket: Rule 2 under real constraints and concurrent requests. End to end on MariaDB: real handlers, real constraints, real Identity.</summary>
public sealed class OpenTicketTests : DatabaseTest
{
    [Test]
    public async Task Opening_on_another_customers_order_is_not_found()
    {
        var world = await World.WithTicketsAsync(Desk, tickets: 0);
        var stranger = await Desk.RegisterCustomerAsync("stranger@it.local");

        Assert.That(() => Desk.SendAsync(World.OpenOne(world.Order), stranger), Throws.InstanceOf<NotFoundException>());
    }

    [Test]
    public async Task Opening_more_than_is_left_on_the_line_is_refused()
    {
        var customer = await Desk.RegisterCustomerAsync("c@it.local");
        var order = await Desk.ImportOrderAsync("SO-1", customer.Email, ("SKU-1", 2));
        await Desk.SendAsync(World.OpenOne(order, quantity: 2), customer);

        Assert.That(() => Desk.SendAsync(World.OpenOne(order), customer),
            Throws.InstanceOf<DomainException>().With.Property("Code").EqualTo(TicketErrorCodes.QuantityExceeded));
    }

    [Test]
    public async Task Concurrent_opens_on_one_line_never_claim_more_than_it_holds()
    {
        var customer = await Desk.RegisterCustomerAsync("c@it.local");
        var order = await Desk.ImportOrderAsync("SO-1", customer.Email, ("SKU-1", 3));

        var attempts = Enumerable.Range(0, 10).Select(async _ =>
        {
            try
            {
                await Desk.SendAsync(World.OpenOne(order), customer);
                return true;
            }
            catch (Exception ex) when (ex is DomainException or ConflictException)
            {
                return false;
            }
        });
        var opened = (await Task.WhenAll(attempts)).Count(ok => ok);

        var (tickets, claimed) = await Desk.QueryAsync(async db =>
            (await db.Tickets.CountAsync(), await db.OrderLines.Select(l => l.ClaimedQuantity).SingleAsync()));
        Assert.Multiple(() =>
        {
            Assert.That(opened, Is.EqualTo(3));
            Assert.That(tickets, Is.EqualTo(3));
            Assert.That(claimed, Is.EqualTo(3));
        });
    }
}
