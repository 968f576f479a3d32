namespace SupportDesk.Application.IntegrationTests.Tickets;

/// <summary>The lists' searches on MariaDB; the same scenario runs on SQLite in <see cref="SqliteSmokeTests"/>.</summary>
public sealed class SearchTests : DatabaseTest
{
    [Test]
    public Task Tickets_customers_and_agents_are_found_by_any_part_in_any_case() => SearchScenario.RunAsync(Desk);
}
