namespace SupportDesk.Infrastructure.Emails;

/// <summary>Where email goes: an SMTP server, or a pickup directory of <c>.eml</c> files.</summary>
public interface IEmailTransport
{
    /// <summary>Everything before a message can be handed over. A failure here sends nothing.</summary>
    Task<IEmailConnection> ConnectAsync(CancellationToken cancellationToken);
}
