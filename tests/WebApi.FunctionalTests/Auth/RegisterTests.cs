using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace SupportDesk.WebApi.FunctionalTests.Auth;

/// <summary>Verified sign-up: 202 whatever the email, a code by email (to the suite's SMTP server), confirm, sign in;
/// an unconfirmed account neither signs in nor owns the shop's orders.</summary>
public sealed class RegisterTests : FunctionalTest
{
    [Test]
    public async Task Signing_up_answers_202_and_emails_a_code_that_confirms_the_account()
    {
        var email = Desk.UniqueEmail("ada");

        var response = await Desk.Anonymous.RegisterAsync(new RegisterRequest(email.ToUpperInvariant(), Desk.Password, "Ada Lovelace"));

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.Accepted), response.ToString());
        var mail = (await FunctionalTestRun.Mail.WaitForAsync(email, 1)).Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(mail.To.Mailboxes.Single().Name, Is.EqualTo("Ada Lovelace"));
            Assert.That(mail.Subject, Does.StartWith("Your SupportDesk confirmation code"));
            Assert.That(mail.HtmlBody, Does.Contain(Desk.CodeIn(mail.TextBody ?? string.Empty)));
        }

        (await Desk.Anonymous.ConfirmEmailAsync(email, Desk.CodeIn(mail.TextBody ?? string.Empty))).Expect(HttpStatusCode.NoContent);
        var me = (await (await Desk.SignInAsync(email, Desk.Password)).GetMyCustomerAsync()).Expect(HttpStatusCode.OK);
        Assert.That((me.Email, me.FullName), Is.EqualTo((email, "Ada Lovelace")));
    }

    [Test]
    public async Task An_unconfirmed_account_with_the_right_password_is_403_email_unconfirmed_and_a_wrong_one_401()
    {
        var email = Desk.UniqueEmail("pending");
        (await Desk.Anonymous.RegisterAsync(new RegisterRequest(email, Desk.Password, "Pending Person"))).Expect(HttpStatusCode.Accepted);

        AssertProblem(await Desk.Anonymous.IssueTokenAsync(email, Desk.Password), HttpStatusCode.Forbidden, "account.email_unconfirmed");
        AssertProblem(await Desk.Anonymous.IssueTokenAsync(email, Desk.Password + "x"), HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    [Test]
    public async Task An_email_with_an_account_answers_202_alike_and_gets_an_already_registered_email_not_a_second_account()
    {
        var first = await Desk.RegisterCustomerAsync("First Owner");

        var response = await Desk.Anonymous.RegisterAsync(new RegisterRequest(first.Email.ToUpperInvariant(), "Another-Passw0rd", "Someone Else"));

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.Accepted), response.ToString());
        Assert.That(response.Body, Is.Empty, "no body, as for a new email");
        var mails = await FunctionalTestRun.Mail.WaitForAsync(first.Email, 2);
        Assert.That(mails.Last().Subject, Is.EqualTo("You already have a SupportDesk account"));
        Assert.That(mails.Last().To.Mailboxes.Single().Name, Is.EqualTo("First Owner"), "addressed by the owner's name");
        AssertProblem(await Desk.Anonymous.IssueTokenAsync(first.Email, "Another-Passw0rd"), HttpStatusCode.Unauthorized);
        (await Desk.Anonymous.IssueTokenAsync(first.Email, Desk.Password)).Expect(HttpStatusCode.OK);
    }

    [Test]
    public async Task An_agents_email_answers_202_and_changes_nothing_of_the_agent()
    {
        var agent = await Desk.AddAgentAsync();

        (await Desk.Anonymous.RegisterAsync(new RegisterRequest(agent.Email, Desk.Password + "2", "Not The Agent"))).Expect(HttpStatusCode.Accepted);

        (await Desk.Anonymous.IssueTokenAsync(agent.Email, Desk.Password)).Expect(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_wrong_code_an_expired_or_superseded_code_and_a_used_code_are_400_confirmation_invalid()
    {
        var email = Desk.UniqueEmail("codes");
        (await Desk.Anonymous.RegisterAsync(new RegisterRequest(email, Desk.Password, "Code Person"))).Expect(HttpStatusCode.Accepted);
        var first = await Desk.ConfirmationCodeAsync(email);
        (await Desk.Anonymous.ResendConfirmationAsync(email)).Expect(HttpStatusCode.Accepted);
        var second = await Desk.ConfirmationCodeAsync(email, 2);
        var wrong = second == "00000000" ? "00000001" : "00000000";

        AssertProblem(await Desk.Anonymous.ConfirmEmailAsync(email, wrong), HttpStatusCode.BadRequest, "account.confirmation_invalid");
        if (first != second)
        {
            AssertProblem(await Desk.Anonymous.ConfirmEmailAsync(email, first), HttpStatusCode.BadRequest, "account.confirmation_invalid");
        }

        (await Desk.Anonymous.ConfirmEmailAsync(email, second)).Expect(HttpStatusCode.NoContent);
        AssertProblem(await Desk.Anonymous.ConfirmEmailAsync(email, second), HttpStatusCode.BadRequest, "account.confirmation_invalid");
        AssertProblem(await Desk.Anonymous.ConfirmEmailAsync(Desk.UniqueEmail("nobody"), second), HttpStatusCode.BadRequest,
            "account.confirmation_invalid");
    }

    [Test]
    public async Task An_expired_code_is_400_confirmation_invalid()
    {
        var email = Desk.UniqueEmail("expired");
        (await Desk.Anonymous.RegisterAsync(new RegisterRequest(email, Desk.Password, "Late Person"))).Expect(HttpStatusCode.Accepted);
        var code = await Desk.ConfirmationCodeAsync(email);
        await FunctionalTestRun.Database.ExecuteAsync("UPDATE EmailConfirmations SET ExpiresAt = '2000-01-01'");

        AssertProblem(await Desk.Anonymous.ConfirmEmailAsync(email, code), HttpStatusCode.BadRequest, "account.confirmation_invalid");
    }

    [Test]
    public async Task Five_wrong_guesses_use_a_code_up()
    {
        var email = Desk.UniqueEmail("guess");
        (await Desk.Anonymous.RegisterAsync(new RegisterRequest(email, Desk.Password, "Guess Person"))).Expect(HttpStatusCode.Accepted);
        var code = await Desk.ConfirmationCodeAsync(email);
        var wrong = code == "00000000" ? "00000001" : "00000000";
        for (var i = 0; i < 5; i++)
        {
            AssertProblem(await Desk.Anonymous.ConfirmEmailAsync(email, wrong), HttpStatusCode.BadRequest, "account.confirmation_invalid");
        }

        AssertProblem(await Desk.Anonymous.ConfirmEmailAsync(email, code), HttpStatusCode.BadRequest, "account.confirmation_invalid");
    }

    [Test]
    public async Task Resend_answers_202_for_any_email_and_sends_only_to_an_unconfirmed_account()
    {
        var confirmed = await Desk.RegisterCustomerAsync();
        var unknown = Desk.UniqueEmail("unknown");

        (await Desk.Anonymous.ResendConfirmationAsync(unknown)).Expect(HttpStatusCode.Accepted);
        (await Desk.Anonymous.ResendConfirmationAsync(confirmed.Email)).Expect(HttpStatusCode.Accepted);

        await Task.Delay(500);
        Assert.That(FunctionalTestRun.Mail.To(unknown), Is.Empty);
        Assert.That(FunctionalTestRun.Mail.To(confirmed.Email), Has.Count.EqualTo(1), "only the first code");
    }

    [Test]
    public async Task Orders_the_shop_imported_become_the_customers_only_after_confirmation()
    {
        var email = Desk.UniqueEmail("early");
        var order = await Desk.ImportOrderAsync(email);
        (await Desk.Anonymous.RegisterAsync(new RegisterRequest(email, Desk.Password, "Early Bird"))).Expect(HttpStatusCode.Accepted);
        var manager = await Desk.ManagerAsync();
        var before = (await manager.GetOrderAsync(order.Id)).Expect(HttpStatusCode.OK);

        (await Desk.Anonymous.ConfirmEmailAsync(email, await Desk.ConfirmationCodeAsync(email))).Expect(HttpStatusCode.NoContent);
        var api = await Desk.SignInAsync(email, Desk.Password);

        var orders = (await api.GetOrdersAsync()).Expect(HttpStatusCode.OK);
        var me = (await api.GetMyCustomerAsync()).Expect(HttpStatusCode.OK);
        Assert.That(orders.Items.Select(o => o.Id), Is.EqualTo(new[] { order.Id }));
        Assert.That(me.Id, Is.EqualTo(order.CustomerId));
        Assert.That(before.CustomerId, Is.EqualTo(order.CustomerId));
    }

    [Test]
    public async Task The_takeover_probe_fails_at_every_step()
    {
        // The shop imported orders for a customer who never signed up; an attacker signs up with that email.
        var victim = Desk.UniqueEmail("victim");
        var order = await Desk.ImportOrderAsync(victim);
        var attacker = Desk.Anonymous;

        (await attacker.RegisterAsync(new RegisterRequest(victim, "Attacker-Passw0rd", "Mallory"))).Expect(HttpStatusCode.Accepted);
        AssertProblem(await attacker.IssueTokenAsync(victim, "Attacker-Passw0rd"), HttpStatusCode.Forbidden, "account.email_unconfirmed");
        for (var guess = 0; guess < 6; guess++)
        {
            AssertProblem(await attacker.ConfirmEmailAsync(victim, $"{guess:D8}"), HttpStatusCode.BadRequest, "account.confirmation_invalid");
        }

        (await attacker.ResendConfirmationAsync(victim)).Expect(HttpStatusCode.Accepted);
        AssertProblem(await attacker.IssueTokenAsync(victim, "Attacker-Passw0rd"), HttpStatusCode.Forbidden, "account.email_unconfirmed");
        AssertProblem(await attacker.GetOrderAsync(order.Id), HttpStatusCode.Unauthorized);
        await using (var scope = FunctionalTestRun.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SupportDesk.Infrastructure.Data.ApplicationDbContext>();
            var account = await db.Customers.Where(c => c.Id == order.CustomerId).Select(c => c.UserId).SingleAsync();
            Assert.That(account, Is.Null, "the imported customer is linked to no account");
        }

        Assert.That(FunctionalTestRun.Mail.To(victim).All(m => m.Subject!.Contains("confirmation code", StringComparison.Ordinal)),
            Is.True, "only the owner of the mailbox gets the codes");
    }

    [TestCase("Short-Pass1", TestName = "Passwords_shorter_than_12_characters_are_refused")]
    [TestCase("Password1234", TestName = "Passwords_on_the_bundled_list_of_common_passwords_are_refused")]
    [TestCase("pASSWORD1234", TestName = "Common_passwords_are_refused_whatever_their_case")]
    [TestCase("alllowercase1", TestName = "Passwords_without_capitals_are_refused")]
    [TestCase("NoDigitsHere", TestName = "Passwords_without_digits_are_refused")]
    public async Task A_weak_password_is_refused_and_creates_nothing(string password)
    {
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        var response = await Desk.Anonymous.RegisterAsync(new RegisterRequest("weak@example.test", password, "Weak Password"));

        var problem = AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.That(problem.Errors!.Keys.Select(k => k.ToLowerInvariant()), Is.EquivalentTo(new[] { "password" }));
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before));
    }

    [TestCase("not-an-email")]
    [TestCase("")]
    public async Task Signing_up_with_an_invalid_email_is_refused_with_the_email_field(string email)
    {
        var response = await Desk.Anonymous.RegisterAsync(new RegisterRequest(email, Desk.Password, "Bad Email"));

        var problem = AssertProblem(response, HttpStatusCode.BadRequest, "request.validation");
        Assert.That(problem.Errors, Does.ContainKey("email"), response.ToString());
    }

    [Test]
    public async Task Signing_up_without_a_name_is_refused_with_the_camel_case_field_name()
    {
        var response = await Desk.Anonymous.RegisterAsync(new RegisterRequest("noname@example.test", Desk.Password, " "));

        var problem = AssertProblem(response, HttpStatusCode.BadRequest, "request.validation");
        Assert.That(problem.Errors, Does.ContainKey("fullName"), response.ToString());
    }

    [Test]
    public async Task Confirming_without_a_code_is_a_validation_problem()
    {
        AssertProblem(await Desk.Anonymous.ConfirmEmailAsync("someone@example.test", ""), HttpStatusCode.BadRequest, "request.validation");
        AssertProblem(await Desk.Anonymous.ResendConfirmationAsync("not-an-email"), HttpStatusCode.BadRequest, "request.validation");
    }
}
