using System.Reflection;

namespace SupportDesk.Application.UnitTests;

/// <summary>Dependencies point inward: the domain needs nothing, the application only the domain and its
/// framework-free packages.</summary>
public sealed class DependencyRuleTests
{
    private static readonly Assembly Domain = typeof(SupportDesk.Domain.Tickets.Ticket).Assembly;
    private static readonly Assembly Application = typeof(SupportDesk.Application.DependencyInjection).Assembly;

    [Test]
    public void The_domain_references_only_the_base_class_library()
    {
        var references = Domain.GetReferencedAssemblies().Select(a => a.Name!);

        Assert.That(references.Where(name => !name.StartsWith("System", StringComparison.Ordinal) && name != "netstandard"),
            Is.Empty);
    }

    [Test]
    public void The_application_references_no_infrastructure_or_host()
    {
        var references = Application.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(references, Does.Contain("SupportDesk.Domain"));
            Assert.That(references.Where(name => name.StartsWith("SupportDesk.", StringComparison.Ordinal)),
                Is.EquivalentTo(new[] { "SupportDesk.Domain" }));
            Assert.That(references.Where(name =>
                name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
                || name.StartsWith("Microsoft.EntityFrameworkCore.Relational", StringComparison.Ordinal)
                || name.Contains("MySql", StringComparison.OrdinalIgnoreCase)
                || name.Contains("Sqlite", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("Quartz", StringComparison.Ordinal)), Is.Empty);
        });
    }
}
