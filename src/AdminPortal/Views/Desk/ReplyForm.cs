namespace SupportDesk.AdminPortal.Views.Desk;

/// <summary>The agent's reply to the customer, or an internal note, with files.</summary>
public sealed record ReplyForm
{
    public Guid TicketId { get; init; }

    public string? Body { get; init; }

    /// <summary>A note for the staff only: the customer never sees it.</summary>
    public bool Internal { get; init; }

    public List<IFormFile>? Files { get; init; }
}
