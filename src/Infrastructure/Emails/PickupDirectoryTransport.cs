using Microsoft.Extensions.Options;
using MimeKit;

namespace SupportDesk.Infrastructure.Emails;

/// <summary>
/// Email as <c>.eml</c> files in a directory (<c>Email:PickupDirectory</c>), for a local run: open them with any
/// mail program. Each file is written under a temporary name and renamed, so a reader never sees half a message;
/// its name is the email's own, so writing it again replaces it rather than adding a second.
/// </summary>
public sealed class PickupDirectoryTransport(IOptions<EmailOptions> options) : IEmailTransport
{
    public Task<IEmailConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var directory = Path.GetFullPath(options.Value.PickupDirectory!);
        Directory.CreateDirectory(directory);
        return Task.FromResult<IEmailConnection>(new Connection(directory));
    }

    private sealed class Connection(string directory) : IEmailConnection
    {
        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            var name = $"{message.Date.UtcDateTime:yyyyMMdd-HHmmss}-{(message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0]}.eml";
            var temporary = Path.Combine(directory, "." + name + ".tmp");
            await message.WriteToAsync(temporary, cancellationToken);
            File.Move(temporary, Path.Combine(directory, name), overwrite: true);
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
