namespace SupportDesk.Application.Common.Interfaces;

/// <summary>A row lock in a transaction of the use case's unit of work, held until committed or disposed (disposing
/// without committing rolls the work back).</summary>
public interface IRowLock : IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken);
}
