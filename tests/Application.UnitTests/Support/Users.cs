namespace SupportDesk.Application.UnitTests.Support;

internal static class Users
{
    public static ICurrentUser SignedIn(string userId, params string[] roles)
    {
        var user = new Mock<ICurrentUser>();
        user.SetupGet(u => u.UserId).Returns(userId);
        user.SetupGet(u => u.Email).Returns($"{userId}@example.com");
        user.Setup(u => u.IsInRole(It.IsAny<string>())).Returns((string role) => roles.Contains(role));
        return user.Object;
    }
}
