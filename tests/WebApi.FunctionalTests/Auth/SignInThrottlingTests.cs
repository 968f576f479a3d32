using System.Diagnostics;
using System.Net;
using SupportDesk.WebApi.FunctionalTests.Support;

namespace SupportDesk.WebApi.FunctionalTests.Auth;

/// <summary>Finding 2 of the security review: failed sign-ins are no longer a way to keep an account offline.</summary>
public sealed class SignInThrottlingTests : FunctionalTest
{
    [Test]
    public async Task Failed_sign_ins_never_end_the_accounts_existing_tokens()
    {
        var manager = await Desk.ManagerAsync();
        (await manager.GetAgentsAsync()).Expect(HttpStatusCode.OK);
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        for (var attempt = 1; attempt <= 10; attempt++)
        {
            AssertProblem(await Desk.Anonymous.IssueTokenAsync(SupportDeskApiFactory.ManagerEmail, $"Wrong-Passw0rd{attempt}"),
                HttpStatusCode.Unauthorized);
        }

        Assert.That((await manager.GetAgentsAsync()).Status, Is.EqualTo(HttpStatusCode.OK), "the manager's token still works");
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before),
            "the failures changed nothing on the account (no failed-access count, no lockout, no new stamp)");
    }

    [Test]
    public async Task A_guesser_at_one_address_does_not_lock_the_owner_out_from_another()
    {
        var customer = await Desk.RegisterCustomerAsync();
        var guesser = Desk.Anonymous.FromClientAddress("203.0.113.9");
        for (var attempt = 1; attempt <= 20; attempt++)
        {
            AssertProblem(await guesser.IssueTokenAsync(customer.Email, $"Wrong-Passw0rd{attempt}"), HttpStatusCode.Unauthorized);
        }

        var owner = await Desk.Anonymous.FromClientAddress("198.51.100.7").IssueTokenAsync(customer.Email, customer.Password);

        Assert.That(owner.Status, Is.EqualTo(HttpStatusCode.OK), owner.ToString());
        AssertProblem(await guesser.IssueTokenAsync(customer.Email, customer.Password), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Signing_in_with_an_unknown_email_takes_as_long_as_with_a_wrong_password()
    {
        // Security review, finding 5: the same hashing work for an unknown email, so the time of the answer does not
        // tell which emails have an account. Medians of a few attempts, each from its own address (no throttling).
        var customer = await Desk.RegisterCustomerAsync();
        var unknown = new List<double>();
        var wrong = new List<double>();
        for (var attempt = 0; attempt < 7; attempt++)
        {
            unknown.Add(await TimeAsync($"203.0.113.{100 + attempt}", $"nobody{attempt}@example.test"));
            wrong.Add(await TimeAsync($"203.0.113.{150 + attempt}", customer.Email));
        }

        var (unknownMedian, wrongMedian) = (unknown.Order().ElementAt(3), wrong.Order().ElementAt(3));
        TestContext.Out.WriteLine($"median: unknown email {unknownMedian:F1} ms, wrong password {wrongMedian:F1} ms");
        Assert.That(unknownMedian, Is.GreaterThan(wrongMedian * 0.5), "an unknown email answers as slowly as a wrong password");
    }

    private async Task<double> TimeAsync(string address, string email)
    {
        var clock = Stopwatch.StartNew();
        AssertProblem(await Desk.Anonymous.FromClientAddress(address).IssueTokenAsync(email, "Wrong-Passw0rd-9"), HttpStatusCode.Unauthorized);
        return clock.Elapsed.TotalMilliseconds;
    }
}
