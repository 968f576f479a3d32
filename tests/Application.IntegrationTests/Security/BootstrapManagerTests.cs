using Microsoft.EntityFrameworkCore;
using SupportDesk.Application.Common.Security;

namespace SupportDesk.Application.IntegrationTests.Security;

/// <summary>Finding 1 of the security review: the bootstrap manager is only ever created, never promoted.</summary>
public sealed class BootstrapManagerTests : DatabaseTest
{
    private const string BootstrapEmail = "boss@it.local";
    private const string BootstrapPassword = "Bootstrap-Manager-Pass1";

    [Test]
    public async Task Bootstrap_does_not_promote_an_existing_account_and_start_up_fails_changing_nothing()
    {
        // A customer registered the configured address before the desk first started with it.
        var customer = await Desk.RegisterCustomerAsync(BootstrapEmail);
        var before = await AccountsAsync();
        await using var starting = Desk.Create("MySql", Database.ConnectionString, BootstrapSettings());

        var failure = Assert.ThrowsAsync<InvalidOperationException>(() => starting.InitialiseAsync());

        Assert.That(failure!.Message, Does.Contain("Bootstrap:ManagerEmail").And.Contain("never promotes"));
        Assert.That(await AccountsAsync(), Is.EqualTo(before), "the refused start-up changed no account or role");
        Assert.That(await RolesOfAsync(customer.UserId), Is.EqualTo(new[] { Roles.Customer }));
    }

    [Test]
    public async Task Bootstrap_creates_the_manager_once_and_a_restart_changes_nothing()
    {
        await using var first = Desk.Create("MySql", Database.ConnectionString, BootstrapSettings());
        await first.InitialiseAsync();
        var created = await AccountsAsync();

        await using var restarted = Desk.Create("MySql", Database.ConnectionString, BootstrapSettings());
        await restarted.InitialiseAsync();

        var managerId = await Desk.QueryAsync(db => db.Users.Where(u => u.Email == BootstrapEmail).Select(u => u.Id).SingleAsync());
        Assert.That(await RolesOfAsync(managerId), Is.EqualTo(new[] { Roles.Manager }));
        Assert.That(await AccountsAsync(), Is.EqualTo(created), "the restart did not touch the manager");
    }

    private static Dictionary<string, string?> BootstrapSettings() => new()
    {
        ["Bootstrap:ManagerEmail"] = BootstrapEmail,
        ["Bootstrap:ManagerPassword"] = BootstrapPassword,
    };

    /// <summary>Every account with its password hash, stamp and roles, in one comparable string.</summary>
    private static Task<string> AccountsAsync() => Desk.QueryAsync(async db =>
    {
        var accounts = await db.Users.OrderBy(u => u.Id)
            .Select(u => u.Id + "," + u.Email + "," + u.PasswordHash + "," + u.SecurityStamp).ToListAsync();
        var roles = await db.UserRoles.OrderBy(r => r.UserId).ThenBy(r => r.RoleId).Select(r => r.UserId + ":" + r.RoleId).ToListAsync();
        return string.Join(";", accounts) + "|" + string.Join(";", roles);
    });

    private static Task<string[]> RolesOfAsync(string userId) => Desk.QueryAsync(db =>
        (from userRole in db.UserRoles
         join role in db.Roles on userRole.RoleId equals role.Id
         where userRole.UserId == userId
         select role.Name!).ToArrayAsync());
}
