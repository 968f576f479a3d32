using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using SupportDesk.AdminPortal.Controllers;
using SupportDesk.Application.Common.Exceptions;
using SupportDesk.Domain.Tickets;
using SupportDesk.Tests.Shared;

namespace SupportDesk.AdminPortal.EndToEndTests;

/// <summary>The portal answers every refusal of the use cases with the status of the shared table, the one the
/// API's problem handler uses (its twin test is in the API's suite).</summary>
public sealed class RefusalStatusTests
{
    [TestCaseSource(typeof(RefusalSamples), nameof(RefusalSamples.Cases))]
    public void Every_refusal_is_answered_with_the_status_of_the_shared_table(Exception refusal)
    {
        var status = RefusalStatus.Of(refusal);

        Assert.That(status, Is.Not.Null, $"{refusal.GetType().Name} is thrown to refuse a request: give it a status in RefusalStatus");
        Assert.That(PortalStatus(refusal), Is.EqualTo(status));
    }

    [Test]
    public void Another_agents_ticket_is_forbidden() =>
        Assert.That(PortalStatus(new TicketNotHeldByAgentException("T-1")), Is.EqualTo(403));

    private static int? PortalStatus(Exception exception)
    {
        var action = new ActionContext(new DefaultHttpContext(), new RouteData(), new ActionDescriptor());
        var context = new ExceptionContext(action, []) { Exception = exception };

        new ApplicationExceptionFilter(new EmptyModelMetadataProvider()).OnException(context);

        Assert.That(context.ExceptionHandled, Is.True, "handled by the filter, not left to the error page");
        return context.Result switch
        {
            ViewResult view => view.StatusCode,
            ChallengeResult => StatusCodes.Status401Unauthorized,
            var other => throw new AssertionException($"unexpected result {other}"),
        };
    }
}
