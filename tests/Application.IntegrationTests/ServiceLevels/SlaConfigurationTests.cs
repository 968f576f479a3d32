using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SupportDesk.Domain.Tickets;
using SupportDesk.Infrastructure.ServiceLevels;

namespace SupportDesk.Application.IntegrationTests.ServiceLevels;

/// <summary>The <c>Sla:*</c> keys become the <see cref="ServiceLevelPolicy"/> the use cases take; a key that names no
/// priority or a target that is not a positive number of minutes is refused when the options are first read.</summary>
public sealed class SlaConfigurationTests
{
    [Test]
    public async Task Without_configuration_the_targets_are_the_documented_defaults()
    {
        await using var desk = Desk.Create("Sqlite", "Data Source=:memory:");
        var policy = desk.Services.GetRequiredService<ServiceLevelPolicy>();

        Assert.Multiple(() =>
        {
            Assert.That(policy.AssignWithin(TicketPriority.High), Is.EqualTo(TimeSpan.FromMinutes(15)));
            Assert.That(policy.AssignWithin(TicketPriority.Normal), Is.EqualTo(TimeSpan.FromMinutes(60)));
            Assert.That(policy.AssignWithin(TicketPriority.Low), Is.EqualTo(TimeSpan.FromMinutes(240)));
            Assert.That(policy.ResolveWithin(TicketPriority.High), Is.EqualTo(TimeSpan.FromMinutes(240)));
            Assert.That(policy.ResolveWithin(TicketPriority.Normal), Is.EqualTo(TimeSpan.FromMinutes(1440)));
            Assert.That(policy.ResolveWithin(TicketPriority.Low), Is.EqualTo(TimeSpan.FromMinutes(2880)));
            Assert.That(desk.Services.GetRequiredService<IOptions<SlaOptions>>().Value.SweepIntervalSeconds, Is.EqualTo(60));
        });
    }

    [Test]
    public async Task Configured_targets_replace_the_defaults_of_their_priority()
    {
        await using var desk = Desk.Create("Sqlite", "Data Source=:memory:", new Dictionary<string, string?>
        {
            ["Sla:AssignWithinMinutes:high"] = "5",
            ["Sla:ResolveWithinMinutes:Low"] = "4000",
        });
        var policy = desk.Services.GetRequiredService<ServiceLevelPolicy>();

        Assert.Multiple(() =>
        {
            Assert.That(policy.AssignWithin(TicketPriority.High), Is.EqualTo(TimeSpan.FromMinutes(5)));
            Assert.That(policy.ResolveWithin(TicketPriority.Low), Is.EqualTo(TimeSpan.FromMinutes(4000)));
            Assert.That(policy.AssignWithin(TicketPriority.Normal), Is.EqualTo(TimeSpan.FromMinutes(60)), "a default not overridden stays");
        });
    }

    [TestCase("Sla:AssignWithinMinutes:High", "0")]
    [TestCase("Sla:AssignWithinMinutes:Normal", "-5")]
    [TestCase("Sla:ResolveWithinMinutes:Low", "0")]
    [TestCase("Sla:ResolveWithinMinutes:Urgent", "60")]
    [TestCase("Sla:AssignWithinMinutes:1", "60")]
    [TestCase("Sla:SweepIntervalSeconds", "0")]
    public async Task A_bad_key_or_value_is_refused_when_the_options_are_read(string key, string value)
    {
        await using var desk = Desk.Create("Sqlite", "Data Source=:memory:", new Dictionary<string, string?> { [key] = value });

        Assert.That(() => desk.Services.GetRequiredService<IOptions<SlaOptions>>().Value,
            Throws.InstanceOf<OptionsValidationException>());
    }
}
