using SupportDesk.Application.Emails;
using SupportDesk.Domain.Emails;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.UnitTests.Emails;

/// <summary>The customer emails' templates: each kind renders, in plain text and HTML, with every value in place and
/// HTML-encoded in the HTML; no hole ever reaches a customer.</summary>
public class EmailTemplatesTests
{
    private static Dictionary<string, string> Values(string name = "Ada Lovelace") => new()
    {
        ["customerName"] = name,
        ["ticketNumber"] = "RT-000042",
        ["productName"] = "Kettle",
        ["quantity"] = "2",
        ["agentName"] = "Grace",
        ["outcome"] = TicketEmails.OutcomeInWords(ResolutionOutcome.Refund),
        ["outcomeExplained"] = TicketEmails.OutcomeExplained(ResolutionOutcome.Refund),
        ["note"] = "Refund issued.",
        ["message"] = "Which colour did you expect?",
        ["code"] = "12345678",
        ["minutes"] = "30",
    };

    [TestCaseSource(typeof(EmailKinds), nameof(EmailKinds.All))]
    public void Every_kind_has_both_templates_and_renders(string kind)
    {
        Assert.That(EmailTemplates.Exists(kind), Is.True);

        var email = EmailTemplates.Render(kind, Values());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(email.Subject, Is.Not.Empty.And.Not.Contain("{{").And.Not.Contain("\n"));
            Assert.That(email.Text, Does.Contain("Hello Ada Lovelace,").And.Not.Contain("{{"));
            Assert.That(email.Html, Does.Contain("Hello Ada Lovelace,").And.Not.Contain("{{"));
            Assert.That(email.Text, Does.Not.Contain("<p>"));
        }
    }

    [Test]
    public void Values_are_html_encoded_in_the_html_body_and_left_as_written_in_the_text()
    {
        var email = EmailTemplates.Render(EmailKinds.TicketReceived, Values("<script>alert(1)</script> & Co"));

        Assert.That(email.Html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co").And.Not.Contain("<script>"));
        Assert.That(email.Text, Does.Contain("Hello <script>alert(1)</script> & Co,"));
    }

    [Test]
    public void The_received_email_names_the_ticket_number_in_its_subject()
    {
        var email = EmailTemplates.Render(EmailKinds.TicketReceived, Values());

        Assert.That(email.Subject, Is.EqualTo("We received your return request RT-000042"));
        Assert.That(email.Text, Does.Contain("2 x Kettle"));
    }

    [Test]
    public void The_resolved_email_gives_the_outcome_in_words_and_the_note()
    {
        var values = Values();
        values["outcome"] = TicketEmails.OutcomeInWords(ResolutionOutcome.StoreCredit);
        values["note"] = "Credited.\nThanks for your patience.";

        var email = EmailTemplates.Render(EmailKinds.TicketResolved, values);

        Assert.That(email.Subject, Does.EndWith("settled: store credit"));
        Assert.That(email.Text, Does.Contain("Outcome: store credit.").And.Contain("Credited.\r\nThanks for your patience."));
        Assert.That(email.Html, Does.Contain("Credited.<br>"));
    }

    [Test]
    public void The_agent_message_email_quotes_the_message_and_names_the_agent_by_first_name()
    {
        var email = EmailTemplates.Render(EmailKinds.AgentMessage, Values());

        Assert.That(email.Subject, Is.EqualTo("A message about your return request RT-000042"));
        Assert.That(email.Text, Does.Contain("Grace wrote about your return request RT-000042:").And.Contain("Which colour did you expect?"));
    }

    [Test]
    public void A_value_a_template_needs_but_was_not_given_fails_the_render()
    {
        var values = Values();
        values.Remove("ticketNumber");

        Assert.That(() => EmailTemplates.Render(EmailKinds.TicketReceived, values),
            Throws.InvalidOperationException.With.Message.Contains("ticketNumber"));
    }

    [Test]
    public void A_line_break_in_a_value_never_breaks_the_subject_line()
    {
        var values = Values();
        values["ticketNumber"] = "RT-1\r\nBcc: eve@example.com";

        Assert.That(EmailTemplates.Render(EmailKinds.TicketReceived, values).Subject, Does.Not.Contain("\n").And.Not.Contain("\r"));
    }

    [TestCase("Grace Hopper", "Grace")]
    [TestCase("  Ada   King Lovelace ", "Ada")]
    [TestCase(null, "our team")]
    [TestCase(" ", "our team")]
    public void Staff_are_named_by_first_name_only(string? fullName, string expected) =>
        Assert.That(TicketEmails.FirstName(fullName), Is.EqualTo(expected));

    [Test]
    public void Every_outcome_has_words() =>
        Assert.That(Enum.GetValues<ResolutionOutcome>().Select(TicketEmails.OutcomeInWords), Is.Unique.And.All.Not.Empty);
}
