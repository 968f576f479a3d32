using Microsoft.Extensions.Options;

namespace SupportDesk.Infrastructure.Emails;

/// <summary>Whether email is configured (<see cref="EmailOptions.IsConfigured"/>).</summary>
public sealed class EmailSending(IOptions<EmailOptions> options) : IEmailSending
{
    public bool IsConfigured => options.Value.IsConfigured;
}
