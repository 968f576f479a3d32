using SupportDesk.Domain.Common;

namespace SupportDesk.Infrastructure.Data.Interceptors;

/// <summary>
/// Bumps the <see cref="IVersioned.Version"/> of every updated agent, ticket and order line. EF then writes
/// <c>UPDATE … SET Version = n + 1 WHERE Id = … AND Version = n</c>: a row changed by another process in between
/// matches nothing and the save fails with <see cref="DbUpdateConcurrencyException"/> instead of overwriting it.
/// </summary>
public sealed class VersionInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        BumpVersions(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        BumpVersions(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private static void BumpVersions(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        // The one scan of the save before EF's own; the interceptors after this one read its result (DetectedEntries).
        context.ChangeTracker.DetectChanges();
        foreach (var entry in context.ChangeTracker.AsDetected<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                var version = entry.Property<int>(nameof(IVersioned.Version));
                version.CurrentValue = version.OriginalValue + 1;
            }
        }
    }
}
