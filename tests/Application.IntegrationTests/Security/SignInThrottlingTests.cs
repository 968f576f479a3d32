using Microsoft.Extensions.DependencyInjection;
using SupportDesk.Infrastructure.Identity;

namespace SupportDesk.Application.IntegrationTests.Security;

/// <summary>
/// Finding 2 of the security review (lockout as a denial of service): failures are throttled per (account, address)
/// and per address in the database, so that a guesser at one address never keeps the owner out at another.
/// </summary>
public sealed class SignInThrottlingTests : DatabaseTest
{
    private const string Attacker = "203.0.113.9";
    private const string Owner = "198.51.100.7";
    private const string CustomerPassword = Desk.CustomerPassword;

    [Test]
    public async Task Failures_from_one_address_do_not_lock_the_owner_out_from_another()
    {
        var customer = await Desk.RegisterCustomerAsync("victim@it.local");
        for (var attempt = 0; attempt < 20; attempt++)
        {
            await SignInAsync(Desk, customer.Email, $"Wrong-Guess-{attempt}", Attacker);
        }

        Assert.That((await SignInAsync(Desk, customer.Email, CustomerPassword, Owner)).Succeeded, Is.True,
            "the owner signs in from their own address");
        Assert.That((await SignInAsync(Desk, customer.Email, CustomerPassword, Attacker)).Refusal, Is.EqualTo(SignInRefusal.Throttled),
            "the guessing address is held back even with the right password");
    }

    [Test]
    public async Task Five_failures_of_an_account_from_one_address_hold_that_address_back_for_that_account_only()
    {
        var customer = await Desk.RegisterCustomerAsync("victim@it.local");
        var other = await Desk.RegisterCustomerAsync("other@it.local");
        for (var attempt = 0; attempt < 4; attempt++)
        {
            Assert.That((await SignInAsync(Desk, customer.Email, "Wrong-Guess-1", Attacker)).Refusal, Is.EqualTo(SignInRefusal.WrongPassword));
        }

        Assert.That((await SignInAsync(Desk, customer.Email, CustomerPassword, Attacker)).Succeeded, Is.True, "four failures are forgiven");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await SignInAsync(Desk, customer.Email, "Wrong-Guess-1", Attacker);
        }

        Assert.That((await SignInAsync(Desk, customer.Email, CustomerPassword, Attacker)).Refusal, Is.EqualTo(SignInRefusal.Throttled));
        Assert.That((await SignInAsync(Desk, other.Email, CustomerPassword, Attacker)).Succeeded, Is.True);
    }

    [Test]
    public async Task Unknown_emails_count_towards_the_address_limit_like_known_ones()
    {
        var customer = await Desk.RegisterCustomerAsync("victim@it.local");
        for (var attempt = 0; attempt < 30; attempt++)
        {
            Assert.That((await SignInAsync(Desk, $"nobody{attempt}@it.local", "Wrong-Guess-1", Attacker)).Refusal,
                Is.EqualTo(SignInRefusal.UnknownAccount));
        }

        Assert.That((await SignInAsync(Desk, customer.Email, CustomerPassword, Attacker)).Refusal, Is.EqualTo(SignInRefusal.Throttled),
            "thirty failures from one address hold it back for every account");
        Assert.That((await SignInAsync(Desk, customer.Email, CustomerPassword, Owner)).Succeeded, Is.True);
    }

    [Test]
    public async Task The_account_wide_hold_takes_failures_from_many_addresses()
    {
        await using var desk = Desk.Create("MySql", Database.ConnectionString, new Dictionary<string, string?>
        {
            ["SignInThrottling:PerAccountAndAddress"] = "2",
            ["SignInThrottling:PerAddress"] = "2",
            ["SignInThrottling:PerAccount"] = "6",
        });
        var customer = await Desk.RegisterCustomerAsync("victim@it.local");
        for (var address = 1; address <= 2; address++)
        {
            for (var attempt = 0; attempt < 3; attempt++)
            {
                await SignInAsync(desk, customer.Email, "Wrong-Guess-1", $"203.0.113.{address}");
            }
        }

        Assert.That((await SignInAsync(desk, customer.Email, CustomerPassword, Owner)).Succeeded, Is.True,
            "four failures from two addresses (each held back at two) are far from the account's six");
        for (var address = 3; address <= 5; address++)
        {
            for (var attempt = 0; attempt < 2; attempt++)
            {
                await SignInAsync(desk, customer.Email, "Wrong-Guess-1", $"203.0.113.{address}");
            }
        }

        Assert.That((await SignInAsync(desk, customer.Email, CustomerPassword, Owner)).Refusal, Is.EqualTo(SignInRefusal.Throttled),
            "failures from more addresses reach the account's six and hold it back everywhere, for AccountWindowMinutes");
    }

    [Test]
    public async Task A_removed_agents_right_password_is_refused()
    {
        var (agent, agentId) = await Desk.CreateAgentAsync("gone@it.local");
        await Desk.SendAsync(new SupportDesk.Application.Agents.Commands.RemoveAgent.RemoveAgentCommand(agentId), Desk.Manager);

        var outcome = await SignInAsync(Desk, agent.Email, Desk.AgentPassword, Owner);

        Assert.That(outcome.Refusal, Is.EqualTo(SignInRefusal.AccountDisabled));
    }

    private static async Task<SignInOutcome> SignInAsync(Desk desk, string email, string password, string address)
    {
        await using var scope = desk.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PasswordSignIn>().SignInAsync(email, password, address, CancellationToken.None);
    }
}
