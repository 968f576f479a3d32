namespace SupportDesk.WebApi.FunctionalTests;

/// <summary>A test that starts from an empty desk (only the bootstrap manager).</summary>
public abstract class FunctionalTest
{
    protected Desk Desk { get; } = new();

    [SetUp]
    public Task ResetDatabaseAsync() => FunctionalTestRun.ResetAsync();

    /// <summary>
    /// Checks an error response against the contract: an RFC 9457 problem with status, title, detail, a stable code
    /// and a trace id.
    /// </summary>
    protected static ProblemResponse AssertProblem(ApiResponse response, HttpStatusCode status, string? code = null) =>
        Support.Problems.Assert(response, status, code);
}
