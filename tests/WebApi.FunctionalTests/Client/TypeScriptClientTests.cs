using System.Diagnostics;

namespace SupportDesk.WebApi.FunctionalTests.Client;

/// <summary>
/// A strict typed client in another language reads every field without casts: openapi-typescript generates the types
/// of docs/openapi.json and <c>tsc --strict</c> compiles clients/typescript-check/check.ts against them, which fails
/// if a property of an answer is optional or a never-null field is nullable. Needs Node.js and npm (scripts/test.sh
/// installs Debian's); the two packages are pinned in that folder's package.json.
/// </summary>
public sealed class TypeScriptClientTests
{
    [Test]
    public async Task A_strict_typescript_client_reads_every_field_without_casts()
    {
        var root = OpenApiDocument.RepositoryRoot();
        var folder = Path.Combine(root, "clients", "typescript-check");

        await RunAsync(folder, "npm", "install", "--no-audit", "--no-fund", "--loglevel=error");
        await RunAsync(folder, "npx", "--no-install", "openapi-typescript", Path.Combine(root, "docs", "openapi.json"), "--output", "api.d.ts");
        var compiled = await RunAsync(folder, "npx", "--no-install", "tsc", "--strict", "--noEmit", "check.ts");

        Assert.That(compiled, Is.Empty, "tsc has nothing to say about check.ts");
    }

    private static async Task<string> RunAsync(string folder, string program, params string[] arguments)
    {
        Process process;
        try
        {
            process = Process.Start(new ProcessStartInfo(program, arguments)
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Assert.Fail($"{program} is not installed ({ex.Message}): install Node.js and npm (Debian: nodejs npm), as scripts/test.sh does.");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.That(process.ExitCode, Is.Zero, $"{program} {string.Join(' ', arguments)}:\n{await output}\n{await errors}");
            return (await output).Trim();
        }
    }
}
