using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using SupportDesk.Domain.Agents;
using SupportDesk.Domain.Customers;
using SupportDesk.Domain.Orders;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.UnitTests.Support;

/// <summary>
/// <see cref="IApplicationDbContext"/> stood in by Moq over plain lists, for handler tests about the handler's own
/// logic: what it saves, when it triggers assignment, how it reacts to a failed save. Entities are changed in
/// place, so "saved" simply means SaveChangesAsync returned; tests script a failed save with
/// <see cref="FailSaves"/>. Nothing here pretends to be a database (no constraints, no concurrency tokens).
/// </summary>
internal sealed class MockDatabase
{
    private readonly Queue<Exception?> _saveOutcomes = new();

    public MockDatabase()
    {
        Mock.Setup(d => d.Customers).Returns(() => SetOf(Customers).Object);
        Mock.Setup(d => d.Orders).Returns(() => SetOf(Orders).Object);
        Mock.Setup(d => d.OrderLines).Returns(() => SetOf(Orders.SelectMany(o => o.Lines).ToList()).Object);
        Mock.Setup(d => d.Agents).Returns(() => SetOf(Agents).Object);
        Mock.Setup(d => d.Tickets).Returns(() => SetOf(Tickets).Object);
        Mock.Setup(d => d.OutboundEmails).Returns(() => SetOf(Emails).Object);
        Mock.Setup(d => d.EmailConfirmations).Returns(() => SetOf(Confirmations).Object);
        Mock.Setup(d => d.TicketEvents).Returns(() => SetOf(Tickets.SelectMany(t => t.History).ToList()).Object);
        Mock.Setup(d => d.Attachments).Returns(() => SetOf(new List<Attachment>()).Object);
        Mock.Setup(d => d.SaveChangesAsync(It.IsAny<CancellationToken>())).Returns(() =>
        {
            Saves++;
            var failure = _saveOutcomes.Count > 0 ? _saveOutcomes.Dequeue() : null;
            Steps.Add(failure is null ? "save" : "failed save");
            return failure is null ? Task.FromResult(1) : Task.FromException<int>(failure);
        });
        Mock.Setup(d => d.DiscardChanges()).Callback(() => OnDiscard?.Invoke());

        // Handlers that write an account and domain rows together open a transaction; record what happens to it.
        Transaction.Setup(t => t.CommitAsync(It.IsAny<CancellationToken>()))
            .Callback(() => Steps.Add("commit")).Returns(Task.CompletedTask);
        Transaction.Setup(t => t.DisposeAsync()).Returns(ValueTask.CompletedTask);
        var facade = new Mock<DatabaseFacade>(new DbContext(new DbContextOptions<DbContext>()));
        facade.Setup(f => f.BeginTransactionAsync(It.IsAny<CancellationToken>()))
            .Callback(() => Steps.Add("begin")).ReturnsAsync(Transaction.Object);
        Mock.Setup(d => d.Database).Returns(facade.Object);
    }

    public Mock<IDbContextTransaction> Transaction { get; } = new(MockBehavior.Strict);

    /// <summary>The order of transaction events and saves, for tests about what happens before what; tests may add
    /// their own steps (an account created, an assignment asked).</summary>
    public List<string> Steps { get; } = [];

    public Mock<IApplicationDbContext> Mock { get; } = new(MockBehavior.Strict);

    public IApplicationDbContext Object => Mock.Object;

    public List<Customer> Customers { get; } = [];

    public List<Order> Orders { get; } = [];

    public List<Agent> Agents { get; } = [];

    public List<Ticket> Tickets { get; } = [];

    public List<SupportDesk.Domain.Emails.OutboundEmail> Emails { get; } = [];

    public List<EmailConfirmation> Confirmations { get; } = [];

    public int Saves { get; private set; }

    /// <summary>What DiscardChanges does to the lists (by default nothing: the test decides what a reload sees).</summary>
    public Action? OnDiscard { get; set; }

    /// <summary>The next saves fail with these exceptions, in turn; later saves succeed.</summary>
    public void FailSaves(params Exception[] failures)
    {
        foreach (var failure in failures)
        {
            _saveOutcomes.Enqueue(failure);
        }
    }

    /// <summary>Every save from now on fails with <paramref name="failure"/>.</summary>
    public void FailEverySave(Func<Exception> failure) =>
        Mock.Setup(d => d.SaveChangesAsync(It.IsAny<CancellationToken>())).Returns(() =>
        {
            Saves++;
            Steps.Add("failed save");
            return Task.FromException<int>(failure());
        });

    private static Mock<DbSet<T>> SetOf<T>(List<T> rows)
        where T : class
    {
        var query = new InMemoryQueryable<T>(rows);
        var set = new Mock<DbSet<T>>();
        set.As<IQueryable<T>>().Setup(q => q.Provider).Returns(((IQueryable<T>)query).Provider);
        set.As<IQueryable<T>>().Setup(q => q.Expression).Returns(((IQueryable<T>)query).Expression);
        set.As<IQueryable<T>>().Setup(q => q.ElementType).Returns(typeof(T));
        set.As<IQueryable<T>>().Setup(q => q.GetEnumerator()).Returns(() => rows.GetEnumerator());
        set.As<IAsyncEnumerable<T>>().Setup(q => q.GetAsyncEnumerator(It.IsAny<CancellationToken>()))
            .Returns((CancellationToken ct) => query.GetAsyncEnumerator(ct));
        set.Setup(s => s.Add(It.IsAny<T>())).Callback<T>(rows.Add).Returns((EntityEntry<T>)null!);
        return set;
    }
}
