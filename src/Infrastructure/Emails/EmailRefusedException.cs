namespace SupportDesk.Infrastructure.Emails;

/// <summary>The mail server answered that it does not take the message: certainly not sent.</summary>
public sealed class EmailRefusedException(string message, bool permanent, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>A 5xx answer: trying again would be refused again.</summary>
    public bool Permanent { get; } = permanent;
}
