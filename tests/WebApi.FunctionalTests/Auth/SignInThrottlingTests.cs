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
}
