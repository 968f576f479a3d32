namespace SupportDesk.Domain.Tickets;

/// <summary>The author may not write this kind of message on this ticket; hosts answer 403.</summary>
public sealed class MessageNotAllowedException(string message) : DomainException(MessageErrorCodes.NotAllowed, message);
