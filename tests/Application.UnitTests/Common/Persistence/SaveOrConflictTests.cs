using System.Reflection;
using Microsoft.EntityFrameworkCore;
using SupportDesk.Application.Common.Persistence;

namespace SupportDesk.Application.UnitTests.Common.Persistence;

public sealed class SaveOrConflictTests
{
    private MockDatabase _db = null!;

    [SetUp]
    public void SetUp() => _db = new MockDatabase();

    [Test]
    public async Task A_save_that_goes_through_is_made_once()
    {
        await _db.Object.SaveOrConflictAsync(Conflicts.AgentChanged, CancellationToken.None);

        Assert.That(_db.Steps, Is.EqualTo(new[] { "save" }));
    }

    [Test]
    public void A_changed_row_answers_the_use_case_conflict()
    {
        _db.FailSaves(new DbUpdateConcurrencyException("0 rows affected"));

        Assert.That(() => _db.Object.SaveOrConflictAsync(Conflicts.AgentChanged, CancellationToken.None),
            Throws.TypeOf<ConflictException>()
                .With.Property(nameof(ConflictException.Code)).EqualTo("agent.changed")
                .And.Message.EqualTo("The agent changed meanwhile; reload and try again."));
    }

    [Test]
    public void A_refused_write_is_not_a_change_conflict_when_no_taken_conflict_is_given()
    {
        _db.FailSaves(new DbUpdateException("duplicate entry"));

        Assert.That(() => _db.Object.SaveOrConflictAsync(Conflicts.AgentChanged, CancellationToken.None),
            Throws.TypeOf<DbUpdateException>());
    }

    [Test]
    public void A_refused_write_answers_the_taken_conflict()
    {
        _db.FailSaves(new DbUpdateException("duplicate entry"));

        Assert.That(() => _db.Object.SaveOrConflictAsync(Conflicts.AgentChanged, Conflicts.AgentEmailTaken, CancellationToken.None),
            Throws.TypeOf<ConflictException>().With.Property(nameof(ConflictException.Code)).EqualTo("agent.email_taken"));
    }

    [Test]
    public void A_changed_row_is_a_change_conflict_even_when_a_taken_conflict_is_given()
    {
        _db.FailSaves(new DbUpdateConcurrencyException("0 rows affected"));

        Assert.That(() => _db.Object.SaveOrConflictAsync(Conflicts.AgentChanged, Conflicts.AgentEmailTaken, CancellationToken.None),
            Throws.TypeOf<ConflictException>().With.Property(nameof(ConflictException.Code)).EqualTo("agent.changed"));
    }

    [Test]
    public void Without_a_change_conflict_every_refused_write_is_the_taken_conflict()
    {
        _db.FailSaves(new DbUpdateConcurrencyException("0 rows affected"));

        Assert.That(() => _db.Object.SaveOrConflictAsync(changed: null, taken: Conflicts.AccountEmailTaken, CancellationToken.None),
            Throws.TypeOf<ConflictException>().With.Property(nameof(ConflictException.Code)).EqualTo("auth.email_taken"));
    }

    [Test]
    public void Other_failures_pass_through()
    {
        _db.FailSaves(new TimeoutException("the database did not answer"));

        Assert.That(() => _db.Object.SaveOrConflictAsync(Conflicts.AgentChanged, Conflicts.AgentEmailTaken, CancellationToken.None),
            Throws.TypeOf<TimeoutException>());
    }

    [Test]
    public void Each_conflict_code_has_one_message()
    {
        var conflicts = typeof(Conflicts).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Select(method => (ConflictException)method.Invoke(null, method.GetParameters().Select(_ => (object)"X-1").ToArray())!)
            .ToList();

        Assert.That(conflicts.Select(c => c.Code), Is.Unique);
    }

    [Test]
    public void Conflicts_are_worded_in_one_place()
    {
        var src = SourceTree.Src;
        var elsewhere = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(path => Path.GetFileName(path) != "Conflicts.cs"
                           && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(path => File.ReadAllText(path).Contains("new ConflictException(", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(src, path));

        Assert.That(elsewhere, Is.Empty);
    }
}
