namespace SupportDesk.Infrastructure.Emails;

/// <summary><c>Email:Smtp:Security</c>: how the connection to the SMTP server is protected.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain SMTP (a relay on the same host or network, a test server).</summary>
    None,

    /// <summary>Plain connection upgraded with STARTTLS, required (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}
