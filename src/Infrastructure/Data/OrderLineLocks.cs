namespace SupportDesk.Infrastructure.Data;

/// <summary>The claims on one order line take turns on the line's row (<see cref="RowLocks"/>): a second claim
/// reads the claimed quantity the first left.</summary>
public sealed class OrderLineLocks(ApplicationDbContext db) : IOrderLineLocks
{
    public Task<IRowLock> LockAsync(Guid orderId, Guid orderLineId, CancellationToken cancellationToken) =>
        // The line of this order only: an unknown pair locks nothing and the use case refuses it as before.
        RowLocks.TakeAsync(db, $"SELECT Id FROM OrderLines WHERE Id = {orderLineId} AND OrderId = {orderId} FOR UPDATE",
            cancellationToken);
}
