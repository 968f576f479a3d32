using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SupportDesk.Infrastructure.Identity;

namespace SupportDesk.Application.IntegrationTests.Security;

/// <summary>Security review, finding 5: sign-in time does not tell which emails exist, and refusals are logged.</summary>
public sealed class SignInWorkAndLogTests : DatabaseTest
{
    private const string Address = "203.0.113.20";

    [Test]
    public async Task Signing_in_with_an_unknown_email_does_the_same_hashing_work_as_a_wrong_password()
    {
        var hashes = new CountingHasher();
        await using var desk = Desk.Create("MySql", Database.ConnectionString,
            configure: services => services.AddSingleton<IPasswordHasher<ApplicationUser>>(hashes));
        var customer = await Desk.RegisterCustomerAsync("known@it.local");

        var before = hashes.Verifications;
        Assert.That((await SignInAsync(desk, "unknown@it.local", "Wrong-Guess-123")).Refusal, Is.EqualTo(SignInRefusal.UnknownAccount));
        var unknown = hashes.Verifications - before;
        before = hashes.Verifications;
        Assert.That((await SignInAsync(desk, customer.Email, "Wrong-Guess-123")).Refusal, Is.EqualTo(SignInRefusal.WrongPassword));
        var wrong = hashes.Verifications - before;

        Assert.That((unknown, wrong), Is.EqualTo((1, 1)), "one full password hash each");
    }

    [Test]
    public async Task Refused_sign_ins_are_logged_with_account_address_and_reason_never_the_password()
    {
        var logs = new CapturingLoggerProvider();
        await using var desk = Desk.Create("MySql", Database.ConnectionString,
            configure: services => services.AddLogging(logging => logging.AddProvider(logs)));
        var customer = await Desk.RegisterCustomerAsync("known@it.local");

        await SignInAsync(desk, customer.Email, "Secret-Guess-4711");
        await SignInAsync(desk, "unknown@it.local", "Secret-Guess-4712");

        var refusals = logs.Messages.Where(m => m.Contains("Sign-in refused", StringComparison.Ordinal)).ToList();
        Assert.That(refusals, Has.Count.EqualTo(2));
        Assert.That(refusals[0], Does.Contain(customer.UserId).And.Contain(Address).And.Contain(nameof(SignInRefusal.WrongPassword)));
        Assert.That(refusals[1], Does.Contain("unknown").And.Contain(Address).And.Contain(nameof(SignInRefusal.UnknownAccount)));
        Assert.That(logs.Messages, Has.None.Contain("Secret-Guess"), "no password in any log");
    }

    private static async Task<SignInOutcome> SignInAsync(Desk desk, string email, string password)
    {
        await using var scope = desk.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PasswordSignIn>().SignInAsync(email, password, Address, CancellationToken.None);
    }

    private sealed class CountingHasher : IPasswordHasher<ApplicationUser>
    {
        private readonly PasswordHasher<ApplicationUser> _inner = new();
        private int _verifications;

        public int Verifications => _verifications;

        public string HashPassword(ApplicationUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly List<string> _messages = [];

        public IReadOnlyList<string> Messages
        {
            get
            {
                lock (_messages)
                {
                    return [.. _messages];
                }
            }
        }

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider provider) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (provider._messages)
                {
                    provider._messages.Add(formatter(state, exception));
                }
            }
        }
    }
}
