using AutoMapper;
using AutoMapper.Internal;
using Microsoft.Extensions.DependencyInjection;
using SupportDesk.Application.Customers.Queries;
using SupportDesk.Application.Orders.Queries;
using SupportDesk.Application.Tickets.Queries;
using SupportDesk.Domain.Customers;
using SupportDesk.Domain.Orders;

namespace SupportDesk.Application.UnitTests;

/// <summary>The application's AutoMapper profiles, as AddApplicationServices registers them.</summary>
public class MappingTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private ServiceProvider _provider = null!;
    private IMapper _mapper = null!;

    [OneTimeSetUp]
    public void Wire()
    {
        _provider = new ServiceCollection().AddLogging().AddApplicationServices().BuildServiceProvider();
        _mapper = _provider.GetRequiredService<IMapper>();
    }

    [OneTimeTearDown]
    public void Dispose() => _provider.Dispose();

    [Test]
    public void The_configuration_is_valid()
    {
        Assert.That(() => _mapper.ConfigurationProvider.AssertConfigurationIsValid(), Throws.Nothing);
    }

    [Test]
    public void Every_profile_of_the_application_is_loaded()
    {
        var profiles = typeof(DependencyInjection).Assembly.GetTypes()
            .Where(t => typeof(Profile).IsAssignableFrom(t) && !t.IsAbstract)
            .ToList();

        var loaded = _mapper.ConfigurationProvider.Internal().GetAllTypeMaps().Select(m => m.Profile.Name).ToHashSet();

        Assert.That(profiles, Is.Not.Empty);
        Assert.That(profiles.Select(p => p.FullName), Is.SubsetOf(loaded));
    }

    /// <summary>docs/decisions/0006-mapping-reads.md: a read model is mapped one way. One AutoMapper maps is never also
    /// built by hand, and one built by hand (a projection that shapes the SQL) is built in one place only.</summary>
    [Test]
    public void Every_read_model_is_mapped_one_way()
    {
        var mapped = _mapper.ConfigurationProvider.Internal().GetAllTypeMaps().Select(m => m.DestinationType.Name).ToHashSet();
        var readModels = typeof(DependencyInjection).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("Dto", StringComparison.Ordinal))
            .Select(t => t.Name)
            .ToList();
        var sources = Directory.EnumerateFiles(SourceTree.Src, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            // The OpenAPI examples build read models as sample values for the document, not from entities.
            .Where(path => Path.GetFileName(path) != "ContractExamples.cs")
            .Select(path => (Path: Path.GetRelativePath(SourceTree.Src, path), Text: File.ReadAllText(path)))
            .ToList();

        var twoWays = new List<string>();
        foreach (var readModel in readModels)
        {
            var builtIn = sources
                .SelectMany(source => System.Text.RegularExpressions.Regex.Matches(source.Text, $@"\bnew\s+{readModel}\b")
                    .Select(_ => source.Path))
                .ToList();
            if (mapped.Contains(readModel) ? builtIn.Count > 0 : builtIn.Count > 1)
                twoWays.Add($"{readModel}: {(mapped.Contains(readModel) ? "AutoMapper and " : string.Empty)}{string.Join(", ", builtIn)}");
        }

        Assert.That(readModels, Is.Not.Empty);
        Assert.That(twoWays, Is.Empty);
    }

    [TestCase(typeof(Customer), typeof(CustomerDto))]
    [TestCase(typeof(Order), typeof(OrderDto))]
    [TestCase(typeof(OrderLine), typeof(OrderLineDto))]
    [TestCase(typeof(Domain.Tickets.TicketEvent), typeof(TicketEventDto))]
    public void A_read_model_map_exists(Type source, Type destination)
    {
        Assert.That(_mapper.ConfigurationProvider.Internal().FindTypeMapFor(source, destination), Is.Not.Null);
    }

    [Test]
    public void An_order_maps_with_lines_in_sku_order_and_what_is_still_returnable()
    {
        var customer = new Customer("Ada Lovelace", "ada@example.com", null, Now);
        var order = Order.Place("SO-1", customer, Now.AddDays(-1),
            [new NewOrderLine("MUG-4", "Mug", 4, 5m), new NewOrderLine("KETTLE-1", "Kettle", 2, 49.9m)], Now);

        var dto = _mapper.Map<OrderDto>(order);

        Assert.Multiple(() =>
        {
            Assert.That(dto.Id, Is.EqualTo(order.Id));
            Assert.That(dto.Number, Is.EqualTo("SO-1"));
            Assert.That(dto.CustomerId, Is.EqualTo(customer.Id));
            Assert.That(dto.PlacedAt, Is.EqualTo(Now.AddDays(-1)));
            Assert.That(dto.Lines.Select(l => (l.Sku, l.Quantity, l.ReturnableQuantity)), Is.EqualTo(new[]
            {
                ("KETTLE-1", 2, 2),
                ("MUG-4", 4, 4),
            }));
        });
    }

    [Test]
    public void A_customer_maps_with_whether_it_has_an_account()
    {
        var customer = new Customer("Ada Lovelace", "ada@example.com", "user-1", Now);

        var dto = _mapper.Map<CustomerDto>(customer);

        Assert.That(dto, Is.EqualTo(new CustomerDto
        {
            Id = customer.Id, FullName = "Ada Lovelace", Email = "ada@example.com", HasAccount = true,
        }));
    }
}
