using System.Diagnostics;

namespace SupportDesk.WebApi.FunctionalTests.Client;

/// <summary>The committed client is what the generator makes of the committed document: when docs/openapi.json
/// changes, scripts/generate-client.sh must be run and its output committed. Regenerating from an unchanged document
/// changes no code.</summary>
public sealed class ClientGenerationTests
{
    [Test]
    public async Task The_committed_client_is_generated_from_the_committed_document()
    {
        var root = OpenApiDocument.RepositoryRoot();
        var committed = Path.Combine(root, "clients", "SupportDesk.Client", "Generated");
        var fresh = Path.Combine(Path.GetTempPath(), $"supportdesk-client-{Guid.NewGuid():N}");
        try
        {
            using var generate = Process.Start(new ProcessStartInfo("bash", [Path.Combine(root, "scripts", "generate-client.sh"), fresh])
            {
                WorkingDirectory = root,
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            })!;
            var errors = await generate.StandardError.ReadToEndAsync();
            await generate.WaitForExitAsync();
            Assert.That(generate.ExitCode, Is.Zero, errors);

            var stale = Files(committed).Union(Files(fresh))
                .Where(file => !File.Exists(Path.Combine(committed, file)) || !File.Exists(Path.Combine(fresh, file))
                    || Code(Path.Combine(committed, file)) != Code(Path.Combine(fresh, file)))
                .ToList();
            Assert.That(stale, Is.Empty, "run scripts/generate-client.sh and commit clients/SupportDesk.Client/Generated");
        }
        finally
        {
            if (Directory.Exists(fresh))
            {
                Directory.Delete(fresh, recursive: true);
            }
        }
    }

    /// <summary>The file without its XML doc comments: Kiota works in parallel and, where a property's description and
    /// its enum's differ, the comment it keeps varies from run to run; the code does not.</summary>
    private static string Code(string path) =>
        string.Join('\n', File.ReadLines(path).Where(line => !line.TrimStart().StartsWith("///", StringComparison.Ordinal)));

    private static IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(folder, path));
}
