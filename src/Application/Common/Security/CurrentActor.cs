using SupportDesk.Domain.Agents;
using SupportDesk.Domain.Customers;

namespace SupportDesk.Application.Common.Security;

/// <summary>Turns the signed-in account into the customer or agent it belongs to, for use cases that act as one.</summary>
public sealed class CurrentActor(ICurrentUser user, IApplicationDbContext db)
{
    public bool IsCustomer => user.IsInRole(Roles.Customer);

    public bool IsAgent => user.IsInRole(Roles.Agent);

    public bool IsManager => user.IsInRole(Roles.Manager);

    /// <summary>A customer and nothing else: reads what a customer may see of the desk (<c>CustomerView</c>).</summary>
    public bool IsCustomerOnly => IsCustomer && !IsManager && !IsAgent && !IsIntegration;

    /// <summary>The shop's systems: push orders, read tickets.</summary>
    public bool IsIntegration => user.IsInRole(Roles.Integration);

    public string UserId => user.UserId ?? throw new UnauthorizedAccessException("Sign in first.");

    public async Task<Customer> GetCustomerAsync(CancellationToken cancellationToken) =>
        await db.Customers.SingleOrDefaultAsync(c => c.UserId == UserId, cancellationToken)
        ?? throw new ForbiddenAccessException("Only customers can do this.");

    public async Task<Guid> GetCustomerIdAsync(CancellationToken cancellationToken)
    {
        var userId = UserId;
        return await db.Customers.Where(c => c.UserId == userId).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new ForbiddenAccessException("Only customers can do this.");
    }

    public async Task<Agent> GetAgentAsync(CancellationToken cancellationToken) =>
        await db.Agents.SingleOrDefaultAsync(a => a.UserId == UserId && a.RemovedAt == null, cancellationToken)
        ?? throw new ForbiddenAccessException("Only active agents can do this.");

    /// <summary>
    /// How the actor appears in a ticket's history, which customers read: the role, never the person's email
    /// (a manager's address is nobody's business outside the desk).
    /// </summary>
    public string HistoryLabel =>
        user.UserId is null ? "system"
        : IsManager ? Roles.Manager
        : IsIntegration ? Roles.Integration
        : IsAgent ? Roles.Agent
        : IsCustomer ? Roles.Customer
        : "system";
}
