using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SupportDesk.Application.Common.Interfaces;
using SupportDesk.Application.Common.Security;
using SupportDesk.Infrastructure.Identity;

namespace SupportDesk.AdminPortal.Security;

/// <summary>
/// Who may use the portal: managers, and agents that have not been removed. Checked at sign-in and again on every
/// request of a signed-in agent, so that removing an agent (from the portal or the API, in any process) ends the
/// agent's session at the next click instead of when the cookie expires.
/// </summary>
public sealed class PortalAccess(UserManager<ApplicationUser> users, IApplicationDbContext db)
{
    public static readonly string[] PortalRoles = [Roles.Manager, Roles.Agent];

    public async Task<PortalRefusal?> CheckAsync(ApplicationUser user, CancellationToken cancellationToken)
    {
        var roles = await users.GetRolesAsync(user);
        if (roles.Contains(Roles.Manager))
        {
            return null;
        }

        if (!roles.Contains(Roles.Agent))
        {
            return PortalRefusal.NotStaff;
        }

        return await IsActiveAgentAsync(user.Id, cancellationToken) ? null : PortalRefusal.AgentRemoved;
    }

    /// <summary>One indexed read by account id: cheap enough for every request of an agent.</summary>
    public Task<bool> IsActiveAgentAsync(string userId, CancellationToken cancellationToken) =>
        db.Agents.AsNoTracking().AnyAsync(a => a.UserId == userId && a.RemovedAt == null, cancellationToken);
}
