using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace SupportDesk.LoadDriver;

/// <summary>
/// Sign-up confirmation codes, read from the .eml files the benchmark's WebApi writes to its pickup directory
/// (<c>BENCH_MAIL_DIR</c>, the API's <c>Email:PickupDirectory</c>): a customer confirms their email as a person would,
/// from the email.
/// </summary>
public sealed partial class MailCodes(string directory)
{
    private readonly ConcurrentDictionary<string, string> _codes = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _read = [];
    private readonly SemaphoreSlim _scan = new(1, 1);

    public static MailCodes FromEnvironment() =>
        new(Environment.GetEnvironmentVariable("BENCH_MAIL_DIR")
            ?? throw new InvalidOperationException("BENCH_MAIL_DIR is not set: the driver reads sign-up codes from the API's pickup directory."));

    /// <summary>The latest code sent to <paramref name="email"/>, waiting up to 30 s for its email.</summary>
    public async Task<string> CodeForAsync(string email)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (_codes.TryGetValue(email, out var code))
            {
                return code;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"No confirmation code for {email} in {directory} within 30 s.");
            }

            await ScanAsync();
            await Task.Delay(100);
        }
    }

    private async Task ScanAsync()
    {
        await _scan.WaitAsync();
        try
        {
            if (!Directory.Exists(directory))
            {
                return;
            }

            foreach (var path in Directory.EnumerateFiles(directory, "*.eml"))
            {
                if (!_read.Add(path))
                {
                    continue;
                }

                var head = await ReadHeadAsync(path);
                if (CodeSubject().Match(head) is { Success: true } subject && Recipient().Match(head) is { Success: true } to)
                {
                    _codes[to.Groups["address"].Value.Trim()] = subject.Groups["code"].Value;
                }
            }
        }
        finally
        {
            _scan.Release();
        }
    }

    /// <summary>The headers: everything before the first empty line.</summary>
    private static async Task<string> ReadHeadAsync(string path)
    {
        using var reader = new StreamReader(path);
        var lines = new List<string>();
        while (await reader.ReadLineAsync() is { Length: > 0 } line)
        {
            lines.Add(line);
        }

        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"^Subject: Your SupportDesk confirmation code: (?<code>\d+)", RegexOptions.Multiline)]
    private static partial Regex CodeSubject();

    [GeneratedRegex(@"^To: (?:.*<(?<address>[^>]+)>|(?<address>\S+@\S+))", RegexOptions.Multiline)]
    private static partial Regex Recipient();
}
