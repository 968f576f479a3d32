namespace SupportDesk.Application.Common.Persistence;

/// <summary>How a use case saves rows that carry a concurrency token (agents, tickets, order lines): when another
/// request changed one of them after this request read it, the database writes nothing and the caller gets the
/// use case's 409 instead of a lost update.</summary>
public static class SaveOrConflict
{
    /// <summary>Saves; a concurrency-token mismatch becomes <paramref name="changed"/>.</summary>
    public static Task SaveOrConflictAsync(this IApplicationDbContext db, Func<ConflictException> changed,
        CancellationToken cancellationToken) =>
        db.SaveOrConflictAsync(changed, taken: null, cancellationToken);

    /// <summary>Saves; a concurrency-token mismatch becomes <paramref name="changed"/> when one is given, and any
    /// other refused write (a unique index a concurrent request filled first) becomes <paramref name="taken"/>.</summary>
    public static async Task SaveOrConflictAsync(this IApplicationDbContext db, Func<ConflictException>? changed,
        Func<ConflictException>? taken, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException) when (changed is not null)
        {
            throw changed();
        }
        catch (DbUpdateException) when (taken is not null)
        {
            throw taken();
        }
        catch (InvalidOperationException ex) when (taken is not null && ex.InnerException is DbUpdateException)
        {
            // The provider's execution strategy wraps a transient refusal (MySQL breaking a deadlock with a
            // concurrent writer of the same rows): nothing was written, the other request won.
            throw taken();
        }
    }
}
