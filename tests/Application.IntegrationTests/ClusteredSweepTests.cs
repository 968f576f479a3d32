using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MySqlConnector;
using SupportDesk.Application.Common.Interfaces;
using SupportDesk.Application.Tickets.Commands.OpenTicket;
using SupportDesk.Infrastructure;

namespace SupportDesk.Application.IntegrationTests;

/// <summary>
/// Two hosts with their schedulers running, as two WebApi processes on one MySQL database. The periodic sweep is one
/// trigger in the database: it fires once per interval across both, and goes on firing in the survivor when one
/// stops. Tickets here are opened through a desk without a scheduler, so only a sweep can assign them.
/// </summary>
public sealed class ClusteredSweepTests : DatabaseTest
{
    private const int SweepSeconds = 1;

    [Test]
    public async Task Two_processes_share_one_sweep_and_the_survivor_keeps_sweeping()
    {
        await Desk.CreateAgentAsync("first@cluster.local");
        var customer = await Desk.RegisterCustomerAsync("buyer@cluster.local");
        var order = await Desk.ImportOrderAsync("SO-CLUSTER", customer.Email, ("SKU-A", 5));
        var first = await Desk.SendAsync(new OpenTicketCommand(order.Id, order.Lines[0].Id, 1, ReturnReason.Damaged, "Dented."), customer);

        using var nodeA = await StartNodeAsync();
        using var nodeB = await StartNodeAsync();
        try
        {
            Assert.That(await WaitForStatusAsync(first.Id, TicketStatus.InProgress), Is.True, "a sweep assigned the waiting ticket");
            Assert.That(await WaitForAsync(async () => await CountAsync("SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE") == 2), Is.True,
                "both nodes checked in to the cluster");

            // Over a window, the one sweep trigger fires about once per interval, not once per node and interval.
            var before = await SweepsFiredAsync();
            var window = TimeSpan.FromSeconds(6);
            await Task.Delay(window);
            var fired = await SweepsFiredAsync() - before;
            Assert.That(fired, Is.InRange(1, window.TotalSeconds / SweepSeconds + 1));

            await nodeA.StopAsync();
            await Desk.CreateAgentAsync("second@cluster.local");
            var second = await Desk.SendAsync(new OpenTicketCommand(order.Id, order.Lines[0].Id, 1, ReturnReason.Damaged, "Dented too."), customer);

            // At worst the stopped node held the next firing: the survivor recovers it once the stopped node has missed
            // its check-ins (CheckinMisfireThreshold, 20 s), so allow for that.
            Assert.That(await WaitForStatusAsync(second.Id, TicketStatus.InProgress, TimeSpan.FromSeconds(60)), Is.True,
                "the surviving node's sweep assigned it");
        }
        finally
        {
            // Stopped whatever the outcome: a node left running would keep firing into the next tests' database.
            await nodeA.StopAsync();
            await nodeB.StopAsync();
        }
    }

    private static async Task<IHost> StartNodeAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "MySql",
            ["ConnectionStrings:SupportDesk"] = Database.ConnectionString,
            ["Assignment:SweepIntervalSeconds"] = SweepSeconds.ToString(),
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddApplicationServices();
        builder.Services.AddInfrastructureServices(builder.Configuration);
        builder.Services.AddSingleton<ICurrentUser, TestUser>();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static Task<bool> WaitForStatusAsync(Guid ticketId, TicketStatus status, TimeSpan? within = null) =>
        WaitForAsync(() => Desk.QueryAsync(db => db.Tickets.AnyAsync(t => t.Id == ticketId && t.Status == status)), within);

    private static async Task<bool> WaitForAsync(Func<Task<bool>> condition, TimeSpan? within = null)
    {
        for (var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(20)); DateTime.UtcNow < deadline; await Task.Delay(200))
        {
            if (await condition())
            {
                return true;
            }
        }

        return false;
    }

    private static Task<long> SweepsFiredAsync() => CountAsync(
        "SELECT COALESCE(SUM(TIMES_TRIGGERED), 0) FROM QRTZ_SIMPLE_TRIGGERS WHERE TRIGGER_NAME = 'assignment-sweep'");

    private static async Task<long> CountAsync(string sql)
    {
        await using var connection = new MySqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new MySqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
