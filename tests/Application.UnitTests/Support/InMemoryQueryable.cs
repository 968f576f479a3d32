using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace SupportDesk.Application.UnitTests.Support;

/// <summary>
/// LINQ to objects that EF Core's async operators (FirstOrDefaultAsync, AnyAsync, ToListAsync…) accept. Only for
/// handler tests whose point is the handler's own logic (when it saves, retries, triggers); anything whose outcome
/// depends on the database (SQL translation, constraints, concurrency tokens) belongs to the integration suite.
/// </summary>
internal sealed class InMemoryQueryable<T> : EnumerableQuery<T>, IAsyncEnumerable<T>, IQueryable<T>
{
    public InMemoryQueryable(IEnumerable<T> rows)
        : base(rows)
    {
    }

    public InMemoryQueryable(Expression expression)
        : base(expression)
    {
    }

    IQueryProvider IQueryable.Provider => new InMemoryQueryProvider(this);

    public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        new Enumerator(((IEnumerable<T>)this).GetEnumerator());

    private sealed class Enumerator(IEnumerator<T> inner) : IAsyncEnumerator<T>
    {
        public T Current => inner.Current;

        public ValueTask<bool> MoveNextAsync() => ValueTask.FromResult(inner.MoveNext());

        public ValueTask DisposeAsync()
        {
            inner.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}

internal sealed class InMemoryQueryProvider(IQueryProvider inner) : IAsyncQueryProvider
{
    public IQueryable CreateQuery(Expression expression)
    {
        var element = expression.Type.GetInterfaces().Append(expression.Type)
            .First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            .GetGenericArguments()[0];
        return (IQueryable)Activator.CreateInstance(typeof(InMemoryQueryable<>).MakeGenericType(element), expression)!;
    }

    public IQueryable<TElement> CreateQuery<TElement>(Expression expression) => new InMemoryQueryable<TElement>(expression);

    public object? Execute(Expression expression) => inner.Execute(expression);

    public TResult Execute<TResult>(Expression expression) => inner.Execute<TResult>(expression);

    /// <summary>EF's async operators ask for a Task of the scalar result; compute it synchronously.</summary>
    public TResult ExecuteAsync<TResult>(Expression expression, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var resultType = typeof(TResult).GetGenericArguments()[0];
        var value = typeof(IQueryProvider).GetMethods()
            .Single(m => m is { Name: nameof(IQueryProvider.Execute), IsGenericMethod: true })
            .MakeGenericMethod(resultType)
            .Invoke(inner, [expression]);
        return (TResult)typeof(Task).GetMethod(nameof(Task.FromResult))!.MakeGenericMethod(resultType)
            .Invoke(null, [value])!;
    }
}
