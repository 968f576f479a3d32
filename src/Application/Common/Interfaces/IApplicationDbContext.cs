using Microsoft.EntityFrameworkCore.Infrastructure;
using SupportDesk.Domain.Agents;
using SupportDesk.Domain.Customers;
using SupportDesk.Domain.Orders;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Common.Interfaces;

/// <summary>The unit of work the use cases read and write through. Implemented by the EF Core context in Infrastructure.</summary>
public interface IApplicationDbContext
{
    DbSet<Customer> Customers { get; }

    DbSet<Order> Orders { get; }

    DbSet<OrderLine> OrderLines { get; }

    DbSet<Agent> Agents { get; }

    DbSet<Ticket> Tickets { get; }

    DbSet<TicketEvent> TicketEvents { get; }

    /// <summary>For a use case that writes Identity and domain rows in one transaction.</summary>
    DatabaseFacade Database { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>Forgets every tracked change, after a conflicting save, so the use case can reload and retry.</summary>
    void DiscardChanges();
}
