namespace SupportDesk.Application.Common.Interfaces;

/// <summary>Held until committed or disposed (disposing without committing rolls the work back).</summary>
public interface IOrderLineLock : IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken);
}
