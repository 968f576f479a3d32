using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SupportDesk.Domain.Tickets;
using SupportDesk.Infrastructure.Assignment;
using SupportDesk.Infrastructure.Returns;

namespace SupportDesk.Application.IntegrationTests.Orders;

/// <summary>The <c>Returns:*</c> keys become the <see cref="ReturnPolicy"/> the use cases take; a key that names no
/// reason or a window out of range is refused when the options are first read (at start-up in the hosts).</summary>
public sealed class ReturnsConfigurationTests
{
    private static async Task<ReturnPolicy> PolicyOfAsync(Dictionary<string, string?> settings)
    {
        await using var desk = Desk.Create("Sqlite", "Data Source=:memory:", settings);
        return desk.Services.GetRequiredService<ReturnPolicy>();
    }

    [Test]
    public async Task Without_configuration_the_policy_is_the_documented_default()
    {
        var policy = await PolicyOfAsync([]);

        Assert.Multiple(() =>
        {
            Assert.That(policy.WindowDays, Is.EqualTo(30));
            Assert.That(policy.WindowDaysByReason, Is.EquivalentTo(ReturnPolicy.DefaultDaysByReason));
            Assert.That(policy.PriorityByReason, Is.EquivalentTo(ReturnPolicy.DefaultPriorityByReason));
        });
    }

    [Test]
    public async Task Configured_days_and_reasons_replace_and_add_to_the_defaults()
    {
        var policy = await PolicyOfAsync(new()
        {
            ["Returns:WindowDays"] = "14",
            ["Returns:WindowDaysByReason:WrongItem"] = "90",
            ["Returns:WindowDaysByReason:Damaged"] = "20",
        });

        Assert.Multiple(() =>
        {
            Assert.That(policy.WindowDaysFor(ReturnReason.NoLongerNeeded), Is.EqualTo(14));
            Assert.That(policy.WindowDaysFor(ReturnReason.WrongItem), Is.EqualTo(90));
            Assert.That(policy.WindowDaysFor(ReturnReason.Damaged), Is.EqualTo(20));
            Assert.That(policy.WindowDaysFor(ReturnReason.Defective), Is.EqualTo(365), "a default not overridden stays");
        });
    }

    [Test]
    public async Task Configured_priorities_replace_the_defaults_of_their_reasons()
    {
        var policy = await PolicyOfAsync(new()
        {
            ["Returns:PriorityByReason:NoLongerNeeded"] = "Normal",
            ["Returns:PriorityByReason:wrongitem"] = "low",
        });

        Assert.Multiple(() =>
        {
            Assert.That(policy.PriorityFor(ReturnReason.NoLongerNeeded), Is.EqualTo(TicketPriority.Normal));
            Assert.That(policy.PriorityFor(ReturnReason.WrongItem), Is.EqualTo(TicketPriority.Low));
            Assert.That(policy.PriorityFor(ReturnReason.Damaged), Is.EqualTo(TicketPriority.High), "a default not overridden stays");
        });
    }

    [Test]
    public async Task The_promotion_period_of_the_queue_is_configured_in_minutes()
    {
        await using var desk = Desk.Create("Sqlite", "Data Source=:memory:",
            new Dictionary<string, string?> { ["Assignment:PromoteAfterMinutes"] = "45" });

        Assert.That(desk.Services.GetRequiredService<QueuePolicy>().PromoteAfter, Is.EqualTo(TimeSpan.FromMinutes(45)));
    }

    [TestCase("0")]
    [TestCase("10081")]
    public async Task A_promotion_period_out_of_range_is_refused_when_the_options_are_read(string minutes)
    {
        await using var desk = Desk.Create("Sqlite", "Data Source=:memory:",
            new Dictionary<string, string?> { ["Assignment:PromoteAfterMinutes"] = minutes });

        Assert.That(() => desk.Services.GetRequiredService<IOptions<AssignmentOptions>>().Value,
            Throws.InstanceOf<OptionsValidationException>());
    }

    [TestCase("Returns:PriorityByReason:Broken", "High")]
    [TestCase("Returns:PriorityByReason:Damaged", "Urgent")]
    [TestCase("Returns:PriorityByReason:Damaged", "1")]
    [TestCase("Returns:WindowDaysByReason:Broken", "30")]
    [TestCase("Returns:WindowDaysByReason:Defective", "-1")]
    [TestCase("Returns:WindowDays", "3651")]
    public async Task A_bad_key_or_value_is_refused_when_the_options_are_read(string key, string value)
    {
        await using var desk = Desk.Create("Sqlite", "Data Source=:memory:", new Dictionary<string, string?> { [key] = value });

        Assert.That(() => desk.Services.GetRequiredService<IOptions<ReturnsOptions>>().Value,
            Throws.InstanceOf<OptionsValidationException>());
    }
}
