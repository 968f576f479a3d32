using System.ComponentModel.DataAnnotations;
using MimeKit;

namespace SupportDesk.Infrastructure.Emails;

/// <summary>
/// <c>Email:*</c>. With <see cref="PickupDirectory"/> set, each email is written there as an <c>.eml</c> file (what
/// <c>make run</c> does, into <c>.data/mail</c>); else with <c>Smtp:Host</c> set it goes to that SMTP server; with
/// neither, the desk sends no email, writes none to its outbox, and says so at start-up.
/// </summary>
public sealed class EmailOptions : IValidatableObject
{
    public const string SectionName = "Email";

    /// <summary>The sender, as a mailbox: <c>SupportDesk &lt;support@shop.example&gt;</c>.</summary>
    [Required]
    public string From { get; set; } = "SupportDesk <support@supportdesk.local>";

    public SmtpOptions Smtp { get; set; } = new();

    public string? PickupDirectory { get; set; }

    /// <summary>How long connecting, or handing over one email, may take.</summary>
    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Emails one run leases at a time (one SMTP connection sends them one after the other).</summary>
    [Range(1, 500)]
    public int BatchSize { get; set; } = 50;

    public bool UsesPickupDirectory => !string.IsNullOrWhiteSpace(PickupDirectory);

    public bool UsesSmtp => !UsesPickupDirectory && !string.IsNullOrWhiteSpace(Smtp.Host);

    public bool IsConfigured => UsesPickupDirectory || UsesSmtp;

    public MailboxAddress Sender() => MailboxAddress.Parse(From);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!MailboxAddress.TryParse(From, out _))
        {
            yield return new ValidationResult("Email:From is not a mailbox (\"SupportDesk <support@shop.example>\").", [nameof(From)]);
        }

        if (Smtp.Port is < 1 or > 65535)
        {
            yield return new ValidationResult("Email:Smtp:Port is not a port (1-65535).", ["Smtp.Port"]);
        }
    }
}
