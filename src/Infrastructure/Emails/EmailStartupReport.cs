using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SupportDesk.Infrastructure.Emails;

/// <summary>Says at start-up where customer email goes, or that none is sent.</summary>
public sealed class EmailStartupReport(IOptions<EmailOptions> options, ILogger<EmailStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var email = options.Value;
        if (email.UsesPickupDirectory)
        {
            logger.LogInformation("Customer email is written as .eml files to {PickupDirectory}", Path.GetFullPath(email.PickupDirectory!));
        }
        else if (email.UsesSmtp)
        {
            logger.LogInformation("Customer email is sent through SMTP server {SmtpHost}:{SmtpPort} ({Security})",
                email.Smtp.Host, email.Smtp.Port, email.Smtp.Security);
        }
        else
        {
            logger.LogWarning("No email will be sent: neither Email:Smtp:Host nor Email:PickupDirectory is set. Customers get " +
                "no email, and sign-ups cannot be confirmed");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
