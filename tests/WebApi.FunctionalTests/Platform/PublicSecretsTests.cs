using System.Text.Json;
using SupportDesk.Infrastructure.Web;
using SupportDesk.WebApi.FunctionalTests.Support;

namespace SupportDesk.WebApi.FunctionalTests.Platform;

/// <summary>
/// Security review, finding 5: outside Development the API refuses to start with the secrets published in this
/// repository (the development JWT key, the placeholders of .env.example), before it touches the database.
/// </summary>
public sealed class PublicSecretsTests
{
    [Test]
    public void Start_up_outside_development_refuses_the_committed_development_jwt_key()
    {
        var committed = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root(), "src/WebApi/appsettings.Development.json")))
            .RootElement.GetProperty("Jwt").GetProperty("SigningKey").GetString();
        Assert.That(committed, Is.EqualTo(PublicSecrets.DevelopmentJwtSigningKey), "the key refused is the key committed");

        var failure = StartFails(new() { ["Jwt:SigningKey"] = committed });

        Assert.That(failure, Does.Contain("Jwt:SigningKey").And.Contain("Refusing to start"));
    }

    [TestCase("MYSQL_PASSWORD", "ConnectionStrings:SupportDesk")]
    [TestCase("BOOTSTRAP_MANAGER_PASSWORD", "Bootstrap:ManagerPassword")]
    public void Start_up_outside_development_refuses_the_placeholders_of_env_example(string variable, string key)
    {
        var placeholder = File.ReadAllLines(Path.Combine(Root(), ".env.example"))
            .Single(line => line.StartsWith(variable + "=", StringComparison.Ordinal))[(variable.Length + 1)..];
        var settings = new Dictionary<string, string?> { [key] = placeholder };
        if (key.StartsWith("ConnectionStrings", StringComparison.Ordinal))
        {
            settings[key] = $"Server=127.0.0.1;Port=1;Database=nowhere;User ID=supportdesk;Password={placeholder}";
        }

        var failure = StartFails(settings);

        Assert.That(failure, Does.Contain(key).And.Contain("Refusing to start"));
    }

    /// <summary>Starts an API in Production with these settings over the suite's; the messages of what it threw.</summary>
    private static string StartFails(Dictionary<string, string?> overrides)
    {
        var settings = SupportDeskApiFactory.Settings(FunctionalTestRun.Database.ConnectionString);
        settings["Database:MigrateOnStartup"] = "false";
        settings["Assignment:Enabled"] = "false";
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        using var factory = new SupportDeskApiFactory(settings, "Production");
        try
        {
            factory.CreateClient();
        }
        catch (Exception exception)
        {
            var messages = new List<string>();
            for (Exception? e = exception; e is not null; e = e.InnerException)
            {
                messages.Add(e.Message);
            }

            return string.Join(" | ", messages);
        }

        Assert.Fail("The API started.");
        return string.Empty;
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SupportDesk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root was not found.");
    }
}
