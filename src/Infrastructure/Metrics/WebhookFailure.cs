namespace SupportDesk.Infrastructure.Metrics;

/// <summary>Why a webhook delivery attempt failed, as the failures counter tells them apart.</summary>
public enum WebhookFailure
{
    /// <summary>The receiver answered, with a status other than 2xx.</summary>
    HttpStatus,

    /// <summary>No answer within <c>Webhooks:TimeoutSeconds</c>.</summary>
    Timeout,

    /// <summary>No connection: refused, unreachable, TLS failure, or an address the policy forbids.</summary>
    Connection,
}
