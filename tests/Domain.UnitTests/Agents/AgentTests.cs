namespace SupportDesk.Domain.UnitTests.Agents;

public class AgentTests
{
    [Test]
    public void A_new_agent_is_available_since_creation()
    {
        var agent = new Agent("  Grace Hopper ", " Grace.Hopper@Support.EXAMPLE ", "user-7", Times.AgentCreated);

        Assert.Multiple(() =>
        {
            Assert.That(agent.FullName, Is.EqualTo("Grace Hopper"));
            Assert.That(agent.Email, Is.EqualTo("grace.hopper@support.example"));
            Assert.That(agent.UserId, Is.EqualTo("user-7"));
            Assert.That(agent.Availability, Is.EqualTo(AgentAvailability.Available));
            Assert.That(agent.AvailableSince, Is.EqualTo(Times.AgentCreated));
            Assert.That(agent.CreatedAt, Is.EqualTo(Times.AgentCreated));
            Assert.That(agent.Status, Is.EqualTo(AgentStatus.Available));
        });
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("grace")]
    [TestCase("@support.example")]
    [TestCase("grace@")]
    [TestCase("grace@a@b")]
    public void An_invalid_email_is_refused(string email)
    {
        Assert.That(() => new Agent("Grace Hopper", email, "user-7", Times.AgentCreated),
            Refused.With(AgentErrorCodes.Invalid));
    }

    [Test]
    public void A_blank_name_is_refused()
    {
        Assert.That(() => new Agent(" ", "grace@support.example", "user-7", Times.AgentCreated),
            Refused.With(AgentErrorCodes.Invalid));
    }

    [Test]
    public void A_name_longer_than_the_column_is_refused()
    {
        Assert.That(() => new Agent(new string('g', 201), "grace@support.example", "user-7", Times.AgentCreated),
            Refused.With(AgentErrorCodes.Invalid));
    }

    [Test]
    public void An_agent_without_an_account_is_refused()
    {
        Assert.That(() => new Agent("Grace Hopper", "grace@support.example", "", Times.AgentCreated),
            Refused.With(AgentErrorCodes.Invalid));
    }

    [Test]
    public void A_non_utc_creation_time_is_refused()
    {
        Assert.That(() => new Agent("Grace Hopper", "grace@support.example", "user-7",
            DateTime.SpecifyKind(Times.AgentCreated, DateTimeKind.Local)), Throws.ArgumentException);
    }

    [Test]
    public void Updating_details_normalises_the_email()
    {
        var agent = Build.Agent();

        agent.UpdateDetails(" Grace B. Hopper ", " GBH@Support.Example ");

        Assert.Multiple(() =>
        {
            Assert.That(agent.FullName, Is.EqualTo("Grace B. Hopper"));
            Assert.That(agent.Email, Is.EqualTo("gbh@support.example"));
        });
    }

    [Test]
    public void Updating_with_an_invalid_email_is_refused()
    {
        var agent = Build.Agent();

        Assert.That(() => agent.UpdateDetails("Grace Hopper", "not-an-email"), Refused.With(AgentErrorCodes.Invalid));
    }

    [Test]
    public void Status_is_available_when_free_and_available()
    {
        Assert.That(Build.Agent().Status, Is.EqualTo(AgentStatus.Available));
    }

    [Test]
    public void Status_is_away_when_free_and_away()
    {
        var agent = Build.Agent();
        agent.GoAway();

        Assert.That(agent.Status, Is.EqualTo(AgentStatus.Away));
    }

    [Test]
    public void Status_is_busy_while_holding_a_ticket_even_when_away()
    {
        var agent = Build.Agent();
        new Shop().TicketHeldBy(agent);

        Assert.That(agent.Status, Is.EqualTo(AgentStatus.Busy));
        agent.GoAway();
        Assert.That(agent.Status, Is.EqualTo(AgentStatus.Busy));
    }

    [Test]
    public void Status_is_removed_once_removed_whatever_the_availability()
    {
        var agent = Build.Agent();
        agent.GoAway();
        agent.Remove(null, "manager@support.example", Times.Later);

        Assert.That(agent.Status, Is.EqualTo(AgentStatus.Removed));
    }
}
