using MediatR;
using Microsoft.Extensions.Logging;
using SupportDesk.Application.Common.Behaviours;
using SupportDesk.Domain.Common;

namespace SupportDesk.Application.UnitTests.Common.Behaviours;

public class LoggingBehaviourTests
{
    public sealed record DoSomething : IRequest<int>;

    private Mock<ILogger<LoggingBehaviour<DoSomething, int>>> _logger = null!;
    private LoggingBehaviour<DoSomething, int> _behaviour = null!;

    [SetUp]
    public void Create()
    {
        _logger = new Mock<ILogger<LoggingBehaviour<DoSomething, int>>>();
        var user = new Mock<ICurrentUser>();
        user.SetupGet(u => u.UserId).Returns("user-42");
        _behaviour = new LoggingBehaviour<DoSomething, int>(_logger.Object, user.Object);
    }

    private Task<int> Send(Func<Task<int>> next, CancellationToken cancellationToken = default) =>
        _behaviour.Handle(new DoSomething(), cancellationToken, () => next());

    private void VerifyLogged(LogLevel level, Func<string, bool> message, Times times) =>
        _logger.Verify(l => l.Log(
            level,
            It.IsAny<EventId>(),
            It.Is<It.IsAnyType>((state, _) => message(state.ToString()!)),
            It.IsAny<Exception?>(),
            It.IsAny<Func<It.IsAnyType, Exception?, string>>()), times);

    private void VerifyLoggedWith(Exception exception, LogLevel level, Func<string, bool> message) =>
        _logger.Verify(l => l.Log(
            level,
            It.IsAny<EventId>(),
            It.Is<It.IsAnyType>((state, _) => message(state.ToString()!)),
            It.Is<Exception?>(e => ReferenceEquals(e, exception)),
            It.IsAny<Func<It.IsAnyType, Exception?, string>>()), Times.Once());

    private void VerifyNothingLoggedAt(LogLevel level) =>
        VerifyLogged(level, _ => true, Times.Never());

    [Test]
    public async Task A_success_passes_the_response_through_and_logs_no_failure()
    {
        Assert.That(await Send(() => Task.FromResult(7)), Is.EqualTo(7));
        VerifyNothingLoggedAt(LogLevel.Warning);
        VerifyNothingLoggedAt(LogLevel.Error);
    }

    private static IEnumerable<TestCaseData> Refusals()
    {
        yield return new TestCaseData(new ValidationException("Email", "Required."), "validation").SetName("Validation_refusal_is_a_warning");
        yield return new TestCaseData(new NotFoundException("Ticket", 1), "ticket.not_found").SetName("Not_found_is_a_warning");
        yield return new TestCaseData(new ForbiddenAccessException(), "auth.forbidden").SetName("Forbidden_is_a_warning");
        yield return new TestCaseData(new UnauthorizedAccessException(), "auth.unauthenticated").SetName("Unauthenticated_is_a_warning");
        yield return new TestCaseData(new ConflictException("order.duplicate_number", "Taken."), "order.duplicate_number").SetName("Conflict_is_a_warning");
        yield return new TestCaseData(new DomainException("agent.busy", "Busy."), "agent.busy").SetName("A_broken_domain_rule_is_a_warning");
    }

    [TestCaseSource(nameof(Refusals))]
    public void A_refusal_is_logged_as_a_warning_with_its_code_and_rethrown(Exception refusal, string code)
    {
        var thrown = Assert.ThrowsAsync(refusal.GetType(), () => Send(() => throw refusal));

        Assert.That(thrown, Is.SameAs(refusal));
        VerifyLogged(LogLevel.Warning,
            m => m == $"DoSomething by user-42 refused: {code}", Times.Once());
        VerifyNothingLoggedAt(LogLevel.Error);
    }

    [Test]
    public void An_unexpected_failure_is_logged_as_an_error_with_the_exception_and_rethrown()
    {
        var failure = new InvalidOperationException("disk on fire");

        var thrown = Assert.ThrowsAsync<InvalidOperationException>(() => Send(() => throw failure));

        Assert.That(thrown, Is.SameAs(failure));
        VerifyLoggedWith(failure, LogLevel.Error, m => m == "DoSomething by user-42 failed unexpectedly");
        VerifyNothingLoggedAt(LogLevel.Warning);
    }

    [Test]
    public void A_cancelled_request_is_rethrown_without_an_error()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAsync<OperationCanceledException>(() =>
            Send(() => throw new OperationCanceledException(cancelled.Token), cancelled.Token));

        VerifyNothingLoggedAt(LogLevel.Error);
        VerifyNothingLoggedAt(LogLevel.Warning);
    }

    [Test]
    public void A_request_without_a_user_is_logged_as_the_system()
    {
        var anonymous = new Mock<ICurrentUser>();
        var behaviour = new LoggingBehaviour<DoSomething, int>(_logger.Object, anonymous.Object);

        Assert.ThrowsAsync<ConflictException>(() =>
            behaviour.Handle(new DoSomething(), CancellationToken.None, () => throw new ConflictException("x.y", "No.")));

        VerifyLogged(LogLevel.Warning, m => m == "DoSomething by system refused: x.y", Times.Once());
    }
}
