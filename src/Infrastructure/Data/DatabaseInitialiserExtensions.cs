using Microsoft.Extensions.DependencyInjection;

namespace SupportDesk.Infrastructure.Data;

public static class DatabaseInitialiserExtensions
{
    /// <summary>Called by each host before it starts serving.</summary>
    public static async Task InitialiseDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(cancellationToken);
    }
}
