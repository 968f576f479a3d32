using MimeKit;

namespace SupportDesk.WebApi.FunctionalTests.Emails;

/// <summary>The customer's emails about a ticket, through a real SMTP server on 127.0.0.1: received, an agent is on
/// it, resolved; each exactly once, and sent after the mail server comes back when it was down.</summary>
public sealed class CustomerEmailTests : FunctionalTest
{
    private static IReadOnlyList<MimeMessage> AboutTickets(string email) =>
        FunctionalTestRun.Mail.To(email).Where(m => m.Subject?.Contains("return request", StringComparison.Ordinal) == true).ToList();

    private static async Task<IReadOnlyList<MimeMessage>> TicketEmailsAsync(string email, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (AboutTickets(email).Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        return AboutTickets(email);
    }

    [Test]
    public async Task Received_assigned_agent_message_and_resolved_each_arrive_once_in_the_customers_name_and_no_internal_note()
    {
        var (customer, order) = await Desk.CustomerWithOrderAsync();
        var agent = await Desk.AddAgentAsync("Grace Hopper");

        var ticket = await Desk.OpenTicketAsync(customer, order);
        await Desk.AssignedEventuallyAsync(ticket.Id, agent);
        (await agent.Api.AddMessageAsync(ticket.Id, new("Which colour did you expect?"))).Expect(HttpStatusCode.Created);
        (await agent.Api.AddMessageAsync(ticket.Id, new("Staff only: the warehouse has no blue left", Internal: true))).Expect(HttpStatusCode.Created);
        (await customer.Api.AddMessageAsync(ticket.Id, new("Blue, please."))).Expect(HttpStatusCode.Created);
        (await agent.Api.ResolveTicketAsync(ticket.Id, ResolutionOutcome.StoreCredit, "Credited <b>49.90</b> to your account."))
            .Expect(HttpStatusCode.OK);

        var mails = await TicketEmailsAsync(customer.Email, 4);
        await Task.Delay(1500);
        mails = AboutTickets(customer.Email);
        Assert.That(mails.Select(m => m.Subject), Is.EquivalentTo(new[]
        {
            $"We received your return request {ticket.Number}",
            $"An agent is on your return request {ticket.Number}",
            $"A message about your return request {ticket.Number}",
            $"Your return request {ticket.Number} is settled: store credit",
        }), "each once; none for the internal note or the customer's own message");
        using (Assert.EnterMultipleScope())
        {
            foreach (var mail in mails)
            {
                Assert.That(mail.To.Mailboxes.Single().Name, Is.EqualTo(customer.Customer.FullName));
                Assert.That(mail.TextBody + mail.HtmlBody, Does.Not.Contain(agent.Email), "no staff email address");
                Assert.That(mail.TextBody + mail.HtmlBody, Does.Not.Contain("Staff only"), "never an internal note");
                Assert.That(mail.MessageId, Is.Not.Empty);
            }

            var assigned = mails.Single(m => m.Subject!.StartsWith("An agent", StringComparison.Ordinal));
            Assert.That(assigned.TextBody, Does.Contain("Grace is now working").And.Not.Contain("Hopper"));
            var message = mails.Single(m => m.Subject!.StartsWith("A message", StringComparison.Ordinal));
            Assert.That(message.TextBody, Does.Contain("Grace wrote about").And.Contain("Which colour did you expect?"));
            var resolved = mails.Single(m => m.Subject!.StartsWith("Your return", StringComparison.Ordinal));
            Assert.That(resolved.TextBody, Does.Contain("Credited <b>49.90</b> to your account."));
            Assert.That(resolved.HtmlBody, Does.Contain("Credited &lt;b&gt;49.90&lt;/b&gt; to your account."));
        }

        Assert.That(mails.Select(m => m.MessageId).Distinct().Count(), Is.EqualTo(4));
    }

    [Test]
    public async Task With_the_mail_server_down_the_emails_arrive_after_it_comes_back()
    {
        var (customer, order) = await Desk.CustomerWithOrderAsync();
        await FunctionalTestRun.Mail.StopAsync();
        try
        {
            var ticket = await Desk.OpenTicketAsync(customer, order);
            await Task.Delay(1500);
            Assert.That(AboutTickets(customer.Email), Is.Empty, "the server is down");
        }
        finally
        {
            FunctionalTestRun.Mail.Start();
        }

        var mails = await TicketEmailsAsync(customer.Email, 1);
        Assert.That(mails.Select(m => m.Subject), Has.One.StartsWith("We received your return request"));
        await Task.Delay(1000);
        Assert.That(AboutTickets(customer.Email), Has.Count.EqualTo(1), "once");
    }
}
