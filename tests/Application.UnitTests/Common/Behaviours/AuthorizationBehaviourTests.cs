using MediatR;
using SupportDesk.Application.Common.Behaviours;
using SupportDesk.Application.Common.Security;

namespace SupportDesk.Application.UnitTests.Common.Behaviours;

public class AuthorizationBehaviourTests
{
    public sealed record Anyone : IRequest<string>;

    [Authorize]
    public sealed record SignedIn : IRequest<string>;

    [Authorize(Roles = Roles.Manager)]
    public sealed record ManagersOnly : IRequest<string>;

    [Authorize(Roles = $"{Roles.Agent}, {Roles.Manager}")]
    public sealed record AgentsOrManagers : IRequest<string>;

    [Authorize(Roles = Roles.Agent)]
    [Authorize(Roles = Roles.Manager)]
    public sealed record AgentAndManager : IRequest<string>;

    private static Task<string> Next() => Task.FromResult("handled");

    private static ICurrentUser User(string? userId, params string[] roles)
    {
        var user = new Mock<ICurrentUser>();
        user.SetupGet(u => u.UserId).Returns(userId);
        user.Setup(u => u.IsInRole(It.IsAny<string>())).Returns((string role) => roles.Contains(role));
        return user.Object;
    }

    private static Task<string> Send<TRequest>(TRequest request, ICurrentUser user)
        where TRequest : IRequest<string> =>
        new AuthorizationBehaviour<TRequest, string>(user).Handle(request, CancellationToken.None, Next);

    [Test]
    public async Task A_request_without_the_attribute_passes_even_without_a_user()
    {
        Assert.That(await Send(new Anyone(), User(null)), Is.EqualTo("handled"));
    }

    [Test]
    public void A_protected_request_without_a_user_is_unauthorized()
    {
        Assert.ThrowsAsync<UnauthorizedAccessException>(() => Send(new ManagersOnly(), User(null)));
    }

    [Test]
    public async Task A_request_for_any_signed_in_user_passes_with_any_role()
    {
        Assert.That(await Send(new SignedIn(), User("user-1", Roles.Customer)), Is.EqualTo("handled"));
    }

    [Test]
    public void A_request_for_signed_in_users_without_a_user_is_unauthorized()
    {
        Assert.ThrowsAsync<UnauthorizedAccessException>(() => Send(new SignedIn(), User(null)));
    }

    [Test]
    public void The_wrong_role_is_forbidden()
    {
        var ex = Assert.ThrowsAsync<ForbiddenAccessException>(() =>
            Send(new ManagersOnly(), User("user-1", Roles.Customer)));

        Assert.That(ex.Code, Is.EqualTo("auth.forbidden"));
    }

    [Test]
    public async Task The_right_role_passes()
    {
        Assert.That(await Send(new ManagersOnly(), User("user-1", Roles.Manager)), Is.EqualTo("handled"));
    }

    [TestCase(Roles.Agent)]
    [TestCase(Roles.Manager)]
    public async Task Any_role_of_a_comma_separated_list_passes(string role)
    {
        Assert.That(await Send(new AgentsOrManagers(), User("user-1", role)), Is.EqualTo("handled"));
    }

    [Test]
    public void A_role_outside_the_list_is_forbidden()
    {
        Assert.ThrowsAsync<ForbiddenAccessException>(() => Send(new AgentsOrManagers(), User("user-1", Roles.Customer)));
    }

    [Test]
    public void Several_attributes_must_all_pass()
    {
        Assert.ThrowsAsync<ForbiddenAccessException>(() => Send(new AgentAndManager(), User("user-1", Roles.Agent)));
    }

    [Test]
    public async Task Several_attributes_pass_when_each_is_met()
    {
        Assert.That(await Send(new AgentAndManager(), User("user-1", Roles.Agent, Roles.Manager)),
            Is.EqualTo("handled"));
    }
}
