using SupportDesk.Application.Common.Exceptions;

namespace SupportDesk.Application.IntegrationTests.Orders;

/// <summary>Importing an order pushed by the shop. End to end on MariaDB: real handlers, real constraints, real Identity.</summary>
public sealed class ImportOrderTests : DatabaseTest
{
    [Test]
    public async Task Importing_an_order_number_twice_is_a_conflict()
    {
        await Desk.ImportOrderAsync("SO-1", "buyer@it.local");

        Assert.That(() => Desk.ImportOrderAsync("SO-1", "other@it.local"), Throws.InstanceOf<ConflictException>());
    }
}
