using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Conversation;

/// <summary>Who wrote a message.</summary>
public sealed record MessageAuthorDto
{
    /// <summary>Customer, Agent, Manager or System.</summary>
    public MessageAuthorRole Role { get; init; }

    /// <summary>The name shown with the message: a customer reads an agent's first name only.</summary>
    public string Name { get; init; } = string.Empty;
}
