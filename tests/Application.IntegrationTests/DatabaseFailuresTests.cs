using System.Net.Sockets;
using SupportDesk.Infrastructure.Data;

namespace SupportDesk.Application.IntegrationTests;

/// <summary>What the API answers 503 (the database is away: try again) rather than 500 (a bug).</summary>
public sealed class DatabaseFailuresTests
{
    [Test]
    public void A_refused_connection_is_unavailability_however_deeply_wrapped() =>
        Assert.That(DatabaseFailures.IsUnavailable(
            new DbUpdateException("save failed", new InvalidOperationException("open failed", new SocketException(111)))), Is.True);

    [Test]
    public void A_connection_cut_in_the_middle_of_an_answer_is_unavailability() =>
        Assert.That(DatabaseFailures.IsUnavailable(new InvalidOperationException("read failed", new EndOfStreamException())), Is.True);

    [Test]
    public void A_timeout_is_unavailability() =>
        Assert.That(DatabaseFailures.IsUnavailable(new TimeoutException()), Is.True);

    [Test]
    public void A_bug_is_not_unavailability() =>
        Assert.That(DatabaseFailures.IsUnavailable(new InvalidOperationException("Sequence contains more than one element")), Is.False);
}
