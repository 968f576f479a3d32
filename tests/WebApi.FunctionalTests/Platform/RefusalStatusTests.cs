using SupportDesk.Application.Common.Exceptions;
using SupportDesk.Domain.Tickets;
using SupportDesk.Tests.Shared;
using SupportDesk.WebApi.Errors;

namespace SupportDesk.WebApi.FunctionalTests.Platform;

/// <summary>The API answers every refusal of the use cases with the status of the shared table (the portal's twin
/// of this test checks the portal against the same table).</summary>
public sealed class RefusalStatusTests
{
    [TestCaseSource(typeof(RefusalSamples), nameof(RefusalSamples.Cases))]
    public void Every_refusal_is_answered_with_the_status_of_the_shared_table(Exception refusal)
    {
        var status = RefusalStatus.Of(refusal);

        Assert.That(status, Is.Not.Null, $"{refusal.GetType().Name} is thrown to refuse a request: give it a status in RefusalStatus");
        Assert.That(ProblemExceptionHandler.Describe(refusal).Status, Is.EqualTo(status));
    }

    [Test]
    public void Another_agents_ticket_is_forbidden() =>
        Assert.That(ProblemExceptionHandler.Describe(new TicketNotHeldByAgentException("T-1")).Status, Is.EqualTo(403));
}
