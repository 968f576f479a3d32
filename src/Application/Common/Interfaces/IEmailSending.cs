namespace SupportDesk.Application.Common.Interfaces;

/// <summary>Whether this desk sends email at all (an SMTP server or a pickup directory is configured). When it does
/// not, no email is written to the outbox: nothing would ever send it.</summary>
public interface IEmailSending
{
    bool IsConfigured { get; }
}
