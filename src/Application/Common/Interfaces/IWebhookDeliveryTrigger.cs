namespace SupportDesk.Application.Common.Interfaces;

/// <summary>Asks for deliveries to be sent now rather than at the next sweep. Never fails the caller.</summary>
public interface IWebhookDeliveryTrigger
{
    Task RequestDeliveryAsync(CancellationToken cancellationToken);
}
