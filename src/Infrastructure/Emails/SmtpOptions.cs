using System.ComponentModel.DataAnnotations;

namespace SupportDesk.Infrastructure.Emails;

/// <summary><c>Email:Smtp:*</c>.</summary>
public sealed class SmtpOptions
{
    /// <summary>The SMTP server; email goes out over SMTP when it is set.</summary>
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>Authenticates when set.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;
}
