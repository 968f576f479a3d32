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

namespace SupportDesk.Application.IntegrationTests;

/// <summary>The use cases end to end on MariaDB: real handlers, real constraints, real Identity.</summary>
public sealed class UseCaseTests : DatabaseTest
{
    [Test]
    public async Task Registering_with_an_email_the_shop_already_used_links_that_customer()
    {
        var order = await Desk.ImportOrderAsync("SO-1", "early@it.local");

        var customer = await Desk.SendAsync(new RegisterCustomerCommand("Early@IT.local", "Customer-Pass1", "Early Bird"));

        Assert.Multiple(async () =>
        {
            Assert.That(customer.Id, Is.EqualTo(order.CustomerId));
            Assert.That(customer.HasAccount, Is.True);
            Assert.That(await Desk.QueryAsync(db => db.Customers.CountAsync()), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Registering_twice_is_a_conflict_and_a_weak_password_is_invalid()
    {
        await Desk.RegisterCustomerAsync("dup@it.local");

        Assert.That(() => Desk.SendAsync(new RegisterCustomerCommand("dup@it.local", "Customer-Pass1", "Again")),
            Throws.InstanceOf<ConflictException>());
        Assert.That(() => Desk.SendAsync(new RegisterCustomerCommand("weak@it.local", "alllowercase1", "Weak")),
            Throws.InstanceOf<ValidationException>());
        Assert.That(await Desk.QueryAsync(db => db.Users.CountAsync()), Is.EqualTo(1), "a refused registration leaves no account");
    }

    [Test]
    public async Task Importing_an_order_number_twice_is_a_conflict()
    {
        await Desk.ImportOrderAsync("SO-1", "buyer@it.local");

        Assert.That(() => Desk.ImportOrderAsync("SO-1", "other@it.local"), Throws.InstanceOf<ConflictException>());
    }

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

    [Test]
    public async Task The_oldest_ticket_goes_to_the_agent_free_the_longest_and_away_agents_take_nothing()
    {
        var world = await World.WithTicketsAsync(Desk, tickets: 2, agents: 3);
        var (longestFree, away, newest) = (world.Agents[0], world.Agents[1], world.Agents[2]);
        await Desk.SendAsync(new SetAgentAvailabilityCommand(away.Id, false), away.Actor);

        var run = await Desk.AssignAsync();

        var holders = await Desk.QueryAsync(db => db.Tickets.ToDictionaryAsync(t => t.Id, t => t.HolderAgentId));
        Assert.Multiple(() =>
        {
            Assert.That(run.Assigned, Is.EqualTo(2));
            Assert.That(holders[world.Tickets[0].Id], Is.EqualTo(longestFree.Id));
            Assert.That(holders[world.Tickets[1].Id], Is.EqualTo(newest.Id));
            Assert.That(holders.Values, Does.Not.Contain(away.Id));
        });
    }

    [Test]
    public async Task Resolving_frees_the_agent_for_the_next_waiting_ticket()
    {
        var world = await World.WithTicketsAsync(Desk, tickets: 2, agents: 1);
        var agent = world.Agents[0];
        await Desk.AssignAsync();

        var resolved = await Desk.SendAsync(new ResolveTicketCommand(world.Tickets[0].Id, ResolutionOutcome.Refund, "Refunded."), agent.Actor);
        await Desk.AssignAsync();

        var desk = await Desk.SendAsync(new GetMyAgentQuery(), agent.Actor);
        Assert.Multiple(() =>
        {
            Assert.That(resolved.Status, Is.EqualTo(TicketStatus.Resolved));
            Assert.That(resolved.History.Select(h => h.Type),
                Is.EqualTo(new[] { TicketEventType.Opened, TicketEventType.Assigned, TicketEventType.Resolved }));
            Assert.That(desk.CurrentTicket?.Id, Is.EqualTo(world.Tickets[1].Id));
        });
    }

    [Test]
    public async Task Resolving_someone_elses_ticket_or_twice_is_refused()
    {
        var world = await World.WithTicketsAsync(Desk, tickets: 1, agents: 2);
        await Desk.AssignAsync();
        var (holder, other) = (world.Agents[0], world.Agents[1]);
        var ticket = world.Tickets[0].Id;

        Assert.That(() => Desk.SendAsync(new ResolveTicketCommand(ticket, ResolutionOutcome.Refund, "Mine now."), other.Actor),
            Throws.InstanceOf<TicketNotHeldByAgentException>());
        await Desk.SendAsync(new ResolveTicketCommand(ticket, ResolutionOutcome.Refund, "Done."), holder.Actor);
        Assert.That(() => Desk.SendAsync(new ResolveTicketCommand(ticket, ResolutionOutcome.Refund, "Again."), holder.Actor),
            Throws.InstanceOf<InvalidTicketTransitionException>());
    }

    [Test]
    public async Task A_rejected_return_gives_the_items_back_to_the_line()
    {
        var world = await World.WithTicketsAsync(Desk, tickets: 1, agents: 1);
        await Desk.AssignAsync();

        await Desk.SendAsync(new ResolveTicketCommand(world.Tickets[0].Id, ResolutionOutcome.Rejected, "Outside the return window."), world.Agents[0].Actor);

        var claimed = await Desk.QueryAsync(db => db.OrderLines.Select(l => l.ClaimedQuantity).SingleAsync());
        Assert.That(claimed, Is.Zero);
    }

    [Test]
    public async Task An_agent_cannot_change_another_agents_availability()
    {
        var world = await World.WithTicketsAsync(Desk, tickets: 0, agents: 2);

        Assert.That(() => Desk.SendAsync(new SetAgentAvailabilityCommand(world.Agents[1].Id, false), world.Agents[0].Actor),
            Throws.InstanceOf<ForbiddenAccessException>());
    }

    [Test]
    public async Task Removing_an_agent_returns_its_ticket_to_the_queue_for_the_next_agent()
    {
        var world = await World.WithTicketsAsync(Desk, tickets: 1, agents: 1);
        await Desk.AssignAsync();
        var replacement = await Desk.CreateAgentAsync("replacement@it.local", "Replacement");

        await Desk.SendAsync(new RemoveAgentCommand(world.Agents[0].Id), Desk.Manager);
        var back = await Desk.SendAsync(new GetTicketQuery(world.Tickets[0].Id), Desk.Manager);
        await Desk.AssignAsync();
        var after = await Desk.SendAsync(new GetTicketQuery(world.Tickets[0].Id), Desk.Manager);

        var locked = await Desk.QueryAsync(db => db.Users.Where(u => u.Email == world.Agents[0].Actor.Email).Select(u => u.LockoutEnd).SingleAsync());
        Assert.Multiple(() =>
        {
            Assert.That(back.Status, Is.EqualTo(TicketStatus.Open));
            Assert.That(back.CreatedAt, Is.EqualTo(world.Tickets[0].CreatedAt).Within(TimeSpan.FromMilliseconds(1)), "keeps its place");
            Assert.That(back.History.Last().Type, Is.EqualTo(TicketEventType.ReturnedToQueue));
            Assert.That(after.AssignedAgentId, Is.EqualTo(replacement.Id));
            Assert.That(locked, Is.GreaterThan(DateTimeOffset.UtcNow.AddYears(100)), "the removed agent cannot sign in");
        });
    }

    [Test]
    public async Task A_customer_sees_only_their_own_tickets_and_orders()
    {
        var mine = await World.WithTicketsAsync(Desk, tickets: 2, prefix: "mine");
        var theirs = await World.WithTicketsAsync(Desk, tickets: 1, prefix: "theirs");

        var list = await Desk.SendAsync(new GetTicketsQuery { CustomerId = theirs.Order.CustomerId }, mine.Customer);
        var orders = await Desk.SendAsync(new GetOrdersQuery(), mine.Customer);

        Assert.Multiple(() =>
        {
            Assert.That(list.TotalCount, Is.EqualTo(2));
            Assert.That(list.Items.Select(t => t.CustomerId), Is.All.EqualTo(mine.Order.CustomerId));
            Assert.That(orders.Items.Select(o => o.Id), Is.EqualTo(new[] { mine.Order.Id }));
        });
        Assert.That(() => Desk.SendAsync(new GetTicketQuery(theirs.Tickets[0].Id), mine.Customer), Throws.InstanceOf<NotFoundException>());
        Assert.That(() => Desk.SendAsync(new GetOrderQuery(theirs.Order.Id), mine.Customer), Throws.InstanceOf<NotFoundException>());
    }

    [Test]
    public async Task Ticket_lists_filter_by_status_agent_text_and_dates_and_page()
    {
        var world = await World.WithTicketsAsync(Desk, tickets: 5, agents: 2);
        await Desk.AssignAsync();

        var inProgress = await Desk.SendAsync(new GetTicketsQuery { Status = [TicketStatus.InProgress] }, Desk.Manager);
        var byAgent = await Desk.SendAsync(new GetTicketsQuery { AgentId = world.Agents[0].Id }, Desk.Manager);
        var byNumber = await Desk.SendAsync(new GetTicketsQuery { Q = world.Tickets[3].Number.ToLowerInvariant() }, Desk.Manager);
        var byEmail = await Desk.SendAsync(new GetTicketsQuery { Q = "w-customer" }, Desk.Manager);
        var future = await Desk.SendAsync(new GetTicketsQuery { CreatedFrom = DateTime.UtcNow.AddHours(1) }, Desk.Manager);
        var page2 = await Desk.SendAsync(new GetTicketsQuery { Page = 2, PageSize = 2, OldestFirst = true }, Desk.Manager);

        Assert.Multiple(() =>
        {
            Assert.That(inProgress.TotalCount, Is.EqualTo(2));
            Assert.That(byAgent.Items.Select(t => t.Id), Is.EqualTo(new[] { world.Tickets[0].Id }));
            Assert.That(byNumber.Items.Select(t => t.Id), Is.EqualTo(new[] { world.Tickets[3].Id }));
            Assert.That(byEmail.TotalCount, Is.EqualTo(5));
            Assert.That(future.TotalCount, Is.Zero);
            Assert.That(page2.Items.Select(t => t.Id), Is.EqualTo(new[] { world.Tickets[2].Id, world.Tickets[3].Id }));
            Assert.That(page2.TotalCount, Is.EqualTo(5));
        });
    }

    [Test]
    public async Task A_customer_sending_a_manager_command_is_forbidden_and_nobody_is_unauthorized()
    {
        var customer = await Desk.RegisterCustomerAsync("c@it.local");

        Assert.That(() => Desk.ImportOrderAsyncAs(customer), Throws.InstanceOf<ForbiddenAccessException>());
        Assert.That(() => Desk.SendAsync(new GetTicketsQuery()), Throws.InstanceOf<UnauthorizedAccessException>());
    }

    [Test]
    public async Task Seeding_the_demo_twice_creates_it_once()
    {
        Assert.That(await Desk.SendAsync(new SeedDemoDataCommand("SupportDesk-Demo-1")), Is.True);
        var counts = await Counts();

        Assert.That(await Desk.SendAsync(new SeedDemoDataCommand("SupportDesk-Demo-1")), Is.False);
        Assert.That(await Counts(), Is.EqualTo(counts));
        Assert.That(counts.Tickets, Is.GreaterThan(20));

        Task<(int Users, int Agents, int Orders, int Tickets)> Counts() => Desk.QueryAsync(async db =>
            (await db.Users.CountAsync(), await db.Agents.CountAsync(), await db.Orders.CountAsync(), await db.Tickets.CountAsync()));
    }
}

internal static class DeskExtensions
{
    public static Task ImportOrderAsyncAs(this Desk desk, Actor actor) =>
        desk.SendAsync(new Orders.Commands.ImportOrder.ImportOrderCommand("SO-X", "x@it.local", DateTime.UtcNow,
            [new Orders.Commands.ImportOrder.ImportOrderLine("S", "P", 1, 1m)]), actor);
}
