using MimeKit;

namespace SupportDesk.Infrastructure.Emails;

/// <summary>A connection ready to hand over messages: for SMTP, connected, greeted and authenticated.</summary>
public interface IEmailConnection : IAsyncDisposable
{
    /// <summary>Hands the message over. Throws <see cref="EmailRefusedException"/> when the server refused it with an
    /// answer (it was not sent); anything else thrown leaves it unknown whether it was.</summary>
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
