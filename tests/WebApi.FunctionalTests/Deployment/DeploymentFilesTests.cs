using System.Reflection;
using System.Text.RegularExpressions;
using SupportDesk.Infrastructure.Assignment;
using SupportDesk.Infrastructure.Data;
using SupportDesk.WebApi.Auth;
using YamlDotNet.RepresentationModel;

namespace SupportDesk.WebApi.FunctionalTests.Deployment;

/// <summary>
/// Docker cannot run where the tests run, so the compose file is checked for what can go wrong without it: it
/// parses, it starts the three services in the right order, every setting it gives the applications is one they
/// read, and every secret it requires has a line in .env.example.
/// </summary>
public sealed class DeploymentFilesTests
{
    private static readonly string Root = FindRoot();

    /// <summary>Every configuration key the applications read (sections of their options classes, plus the few
    /// read directly).</summary>
    private static readonly HashSet<string> KeysTheAppsRead = new(
        OptionKeys(DatabaseOptions.SectionName, typeof(DatabaseOptions))
            .Concat(OptionKeys(BootstrapOptions.SectionName, typeof(BootstrapOptions)))
            .Concat(OptionKeys(SeedOptions.SectionName, typeof(SeedOptions)))
            .Concat(OptionKeys(AssignmentOptions.SectionName, typeof(AssignmentOptions)))
            .Concat(OptionKeys(JwtOptions.SectionName, typeof(JwtOptions)))
            .Concat(OptionKeys(Infrastructure.Identity.SignInThrottlingOptions.SectionName, typeof(Infrastructure.Identity.SignInThrottlingOptions)))
            .Concat(OptionKeys(Infrastructure.Identity.KeyProtectionOptions.SectionName, typeof(Infrastructure.Identity.KeyProtectionOptions)))
            .Concat(OptionKeys(Infrastructure.Web.ProxyOptions.SectionName, typeof(Infrastructure.Web.ProxyOptions)))
            .Concat(OptionKeys(Infrastructure.Emails.EmailOptions.SectionName, typeof(Infrastructure.Emails.EmailOptions)))
            .Concat(OptionKeys($"{Infrastructure.Emails.EmailOptions.SectionName}:Smtp", typeof(Infrastructure.Emails.SmtpOptions)))
            .Concat(OptionKeys($"{Infrastructure.Metrics.MetricsOptions.SectionName}:Prometheus", typeof(Infrastructure.Metrics.PrometheusEndpointOptions)))
            .Concat(OptionKeys($"{Infrastructure.Metrics.MetricsOptions.SectionName}:Otlp", typeof(Infrastructure.Metrics.OtlpExportOptions)))
            .Append("ConnectionStrings:SupportDesk")
            .Concat(OptionKeys(RateLimits.RateLimitingOptions.SectionName, typeof(RateLimits.RateLimitingOptions))),
        StringComparer.OrdinalIgnoreCase);

    [Test]
    public void The_compose_file_has_mysql_then_the_two_applications()
    {
        var services = Services();

        Assert.That(services.Keys, Is.EquivalentTo(new[] { "mysql", "webapi", "adminportal" }));
        Assert.Multiple(() =>
        {
            Assert.That(Scalar(services["mysql"], "image"), Does.StartWith("mysql:8.4"));
            Assert.That(((YamlMappingNode)services["mysql"]).Children.ContainsKey("healthcheck"), Is.True);
            foreach (var app in new[] { "webapi", "adminportal" })
            {
                var dependsOn = (YamlMappingNode)((YamlMappingNode)services[app])["depends_on"];
                Assert.That(Scalar(dependsOn["mysql"], "condition"), Is.EqualTo("service_healthy"), app);
                var dockerfile = Scalar(((YamlMappingNode)services[app])["build"], "dockerfile");
                Assert.That(File.Exists(Path.Combine(Root, dockerfile)), Is.True, dockerfile);
            }
        });
    }

    [TestCase("webapi")]
    [TestCase("adminportal")]
    public void Every_setting_compose_gives_an_application_is_one_it_reads(string service)
    {
        var settings = Environment((YamlMappingNode)Services()[service]).Keys
            .Where(key => !key.StartsWith("ASPNETCORE_", StringComparison.Ordinal))
            .Select(key => key.Replace("__", ":", StringComparison.Ordinal))
            .ToList();

        Assert.That(settings, Is.Not.Empty);
        Assert.That(settings.Where(key => !KeysTheAppsRead.Contains(key)), Is.Empty);
        Assert.That(settings, Does.Contain("Database:Provider").And.Contain("ConnectionStrings:SupportDesk"));
    }

    [Test]
    public void The_api_gets_its_signing_key_and_both_apps_run_on_mysql()
    {
        var api = Environment((YamlMappingNode)Services()["webapi"]);
        var portal = Environment((YamlMappingNode)Services()["adminportal"]);

        Assert.Multiple(() =>
        {
            Assert.That(api, Does.ContainKey("Jwt__SigningKey"));
            Assert.That(api["Database__Provider"], Is.EqualTo("MySql"));
            Assert.That(portal["Database__Provider"], Is.EqualTo("MySql"));
            Assert.That(api["ConnectionStrings__SupportDesk"], Does.Contain("Server=mysql"));
        });
    }

    [Test]
    public void Every_variable_the_compose_file_requires_is_in_the_env_example()
    {
        var compose = File.ReadAllText(Path.Combine(Root, "docker-compose.yml"));
        var example = File.ReadAllLines(Path.Combine(Root, ".env.example"))
            .Where(line => line.Contains('=') && !line.TrimStart().StartsWith('#'))
            .Select(line => line[..line.IndexOf('=')].Trim())
            .ToHashSet();
        var used = Regex.Matches(compose, @"\$\{(?<name>[A-Z0-9_]+)(?<rest>[^}]*)\}")
            .Select(m => m.Groups["name"].Value)
            .ToHashSet();

        Assert.That(used.Where(name => !example.Contains(name)), Is.Empty);
        Assert.That(File.ReadAllLines(Path.Combine(Root, ".gitignore")), Does.Contain(".env"), "the real .env, with secrets, is never committed");
    }

    [Test]
    public void The_images_run_as_a_non_root_user()
    {
        foreach (var app in new[] { "WebApi", "AdminPortal" })
        {
            var dockerfile = File.ReadAllText(Path.Combine(Root, "src", app, "Dockerfile"));
            Assert.That(dockerfile, Does.Contain("USER $APP_UID"), app);
            Assert.That(dockerfile, Does.Contain("FROM mcr.microsoft.com/dotnet/aspnet:10.0"), app);
        }
    }

    private static Dictionary<string, YamlNode> Services()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Root, "docker-compose.yml"));
        yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return ((YamlMappingNode)root["services"]).Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => c.Value);
    }

    /// <summary>A service's environment, with YAML merge keys (<c>&lt;&lt;: *anchor</c>) applied.</summary>
    private static Dictionary<string, string> Environment(YamlMappingNode service)
    {
        var result = new Dictionary<string, string>();
        void Add(YamlMappingNode mapping)
        {
            foreach (var (key, value) in mapping.Children)
            {
                var name = ((YamlScalarNode)key).Value!;
                if (name == "<<")
                {
                    Add((YamlMappingNode)value);
                }
                else
                {
                    result[name] = ((YamlScalarNode)value).Value ?? string.Empty;
                }
            }
        }

        Add((YamlMappingNode)service["environment"]);
        return result;
    }

    private static string Scalar(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node)[key]).Value!;

    private static IEnumerable<string> OptionKeys(string section, Type options) =>
        options.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => $"{section}:{p.Name}");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SupportDesk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (SupportDesk.sln) was not found above the test binaries.");
    }
}
