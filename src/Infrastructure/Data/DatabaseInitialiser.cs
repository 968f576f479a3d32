using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SupportDesk.Application.Common.Security;
using SupportDesk.Application.Demo.Commands.SeedDemoData;
using SupportDesk.Infrastructure.Identity;

namespace SupportDesk.Infrastructure.Data;

/// <summary>
/// Brings the database to the current schema and creates what every desk needs: the roles and, from
/// <c>Bootstrap:*</c>, a first manager; with <c>Seed:Demo</c>, the demo data. Several processes may start at once
/// on one MySQL database: on MySQL the work runs under a named server lock, so it happens once.
/// </summary>
public sealed class DatabaseInitialiser(
    ApplicationDbContext db,
    RoleManager<IdentityRole> roles,
    UserManager<ApplicationUser> users,
    IMediator mediator,
    IOptions<DatabaseOptions> database,
    IOptions<BootstrapOptions> bootstrap,
    IOptions<SeedOptions> seed,
    ILogger<DatabaseInitialiser> logger)
{
    public const string DemoPassword = "SupportDesk-Demo-1";
    private const string LockName = "supportdesk.initialise";

    public async Task InitialiseAsync(CancellationToken cancellationToken = default)
    {
        if (!database.Value.MigrateOnStartup)
        {
            return;
        }

        // On MySQL the lock is taken on a connection of its own, to the server rather than the database, which
        // may not exist yet: migrating creates it.
        await using var serverLock = database.Value.Provider == DatabaseProvider.MySql
            ? await MySqlServerLock.AcquireAsync(db.Database.GetConnectionString()!, LockName, TimeSpan.FromMinutes(2), cancellationToken)
            : null;
        await db.Database.MigrateAsync(cancellationToken);
        if (database.Value.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers work while one writer writes; it is a property of the file, set once.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await SeedRolesAsync();
        await SeedBootstrapManagerAsync();
        if (seed.Value.Demo && await mediator.Send(new SeedDemoDataCommand(DemoPassword), cancellationToken))
        {
            logger.LogInformation("Demo data created");
        }
    }

    private async Task SeedRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), $"role {role}");
            }
        }
    }

    /// <summary>
    /// Creates the first manager, and only ever creates: an existing account is never promoted. If the email already
    /// belongs to someone else (a customer who registered it first, an agent), the desk refuses to start and changes
    /// nothing, so that nobody becomes a manager by registering the configured address before the first start.
    /// Once a manager exists the bootstrap has done its work and is not looked at again: a customer registering the
    /// address later must not be able to stop the desk from restarting.
    /// </summary>
    private async Task SeedBootstrapManagerAsync()
    {
        var (email, password) = (bootstrap.Value.ManagerEmail, bootstrap.Value.ManagerPassword);
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return;
        }

        if ((await users.GetUsersInRoleAsync(Roles.Manager)).Count > 0)
        {
            return;
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new InvalidOperationException(
                "Bootstrap:ManagerEmail belongs to an existing account that is not a manager; the bootstrap only creates "
                + "a new account and never promotes one. Choose another address for Bootstrap:ManagerEmail (nothing was changed).");
        }

        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, FullName = "Manager" };
        Check(await users.CreateAsync(user, password), "the bootstrap manager (check Bootstrap:ManagerPassword)");
        var role = await users.AddToRoleAsync(user, Roles.Manager);
        if (!role.Succeeded)
        {
            // Leave no half-made account behind: the next start tries again from nothing.
            await users.DeleteAsync(user);
            Check(role, "the bootstrap manager's role");
        }

        logger.LogInformation("Bootstrap manager account created");
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not create {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
