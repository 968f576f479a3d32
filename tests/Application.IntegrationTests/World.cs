using SupportDesk.Application.Orders.Queries;
using SupportDesk.Application.Tickets.Commands.OpenTicket;
using SupportDesk.Application.Tickets.Queries;

namespace SupportDesk.Application.IntegrationTests;

/// <summary>A small desk made through the use cases: one customer with one order, agents, open tickets.</summary>
public sealed record World(Actor Customer, OrderDto Order, IReadOnlyList<(Actor Actor, Guid Id)> Agents, IReadOnlyList<TicketDto> Tickets)
{
    public static async Task<World> WithTicketsAsync(Desk desk, int tickets, int agents = 0, string prefix = "w")
    {
        var customer = await desk.RegisterCustomerAsync($"{prefix}-customer@it.local");
        var order = await desk.ImportOrderAsync($"SO-{prefix}-1", customer.Email, ("SKU-1", Math.Max(tickets, 1) * 2));
        var created = new List<(Actor, Guid)>();
        for (var i = 0; i < agents; i++)
        {
            created.Add(await desk.CreateAgentAsync($"{prefix}-agent{i}@it.local", $"Agent {i}"));
        }

        var opened = new List<TicketDto>();
        for (var i = 0; i < tickets; i++)
        {
            opened.Add(await desk.SendAsync(OpenOne(order), customer));
        }

        return new World(customer, order, created, opened);
    }

    public static OpenTicketCommand OpenOne(OrderDto order, int quantity = 1) =>
        new(order.Id, order.Lines[0].Id, quantity, ReturnReason.Damaged, "Arrived broken.");
}
