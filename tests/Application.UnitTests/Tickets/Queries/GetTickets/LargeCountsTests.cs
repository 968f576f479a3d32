using Microsoft.Extensions.Caching.Memory;
using SupportDesk.Application.Tickets.Queries.GetTickets;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.UnitTests.Tickets.Queries.GetTickets;

public sealed class LargeCountsTests
{
    private readonly List<Ticket> _tickets = [];
    private MemoryCache _cache = null!;
    private LargeCounts _counts = null!;

    [SetUp]
    public void CreateCounts()
    {
        _tickets.Clear();
        _cache = new MemoryCache(new MemoryCacheOptions());
        _counts = new LargeCounts(_cache);
    }

    [TearDown]
    public void DisposeCache() => _cache.Dispose();

    [Test]
    public async Task A_small_total_is_counted_afresh_every_time()
    {
        Open(3);
        var before = await CountAsync("mine");

        Open(1);

        Assert.That((before, await CountAsync("mine")), Is.EqualTo((3, 4)));
    }

    [Test]
    public async Task A_large_total_is_remembered_for_a_while()
    {
        Open(LargeCounts.Threshold);
        var before = await CountAsync("everything");

        Open(5);

        Assert.That((before, await CountAsync("everything")), Is.EqualTo((LargeCounts.Threshold, LargeCounts.Threshold)));
    }

    [Test]
    public async Task Each_filter_has_its_own_total()
    {
        Open(LargeCounts.Threshold);
        await CountAsync("everything");

        Open(5);

        Assert.That(await CountAsync("another filter"), Is.EqualTo(LargeCounts.Threshold + 5));
    }

    private Task<int> CountAsync(string filter) =>
        _counts.CountAsync(new InMemoryQueryable<Ticket>(_tickets.ToList()), filter, CancellationToken.None);

    private void Open(int count)
    {
        var customer = Build.Customer();
        var order = Build.Order(customer, lineQuantity: 100_000);
        for (var i = 0; i < count; i++)
        {
            _tickets.Add(Build.Ticket(customer, order));
        }
    }
}
