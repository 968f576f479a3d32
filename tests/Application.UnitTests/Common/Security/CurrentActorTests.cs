using SupportDesk.Application.Common.Security;

namespace SupportDesk.Application.UnitTests.Common.Security;

public class CurrentActorTests
{
    private static CurrentActor Actor(ICurrentUser user) => new(user, Mock.Of<IApplicationDbContext>());

    [Test]
    public void Nobody_signed_in_has_no_user_id()
    {
        Assert.That(() => Actor(Mock.Of<ICurrentUser>()).UserId, Throws.TypeOf<UnauthorizedAccessException>());
    }

    [Test]
    public void The_history_shows_the_signed_in_users_role_never_the_email()
    {
        Assert.That(Actor(Support.Users.SignedIn("manager-1", Roles.Manager)).HistoryLabel, Is.EqualTo("Manager"));
    }

    [Test]
    public void The_history_shows_the_system_when_nobody_is_signed_in()
    {
        Assert.That(Actor(Mock.Of<ICurrentUser>()).HistoryLabel, Is.EqualTo("system"));
    }

    [TestCase(Roles.Customer, true, false, false)]
    [TestCase(Roles.Agent, false, true, false)]
    [TestCase(Roles.Manager, false, false, true)]
    public void Roles_come_from_the_signed_in_user(string role, bool customer, bool agent, bool manager)
    {
        var actor = Actor(Support.Users.SignedIn("user-1", role));

        Assert.That((actor.IsCustomer, actor.IsAgent, actor.IsManager), Is.EqualTo((customer, agent, manager)));
    }
}
