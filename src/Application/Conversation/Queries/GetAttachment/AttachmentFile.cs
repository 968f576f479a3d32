namespace SupportDesk.Application.Conversation.Queries.GetAttachment;

/// <summary>An attachment's bytes with what a host needs to serve them.</summary>
public sealed record AttachmentFile(string FileName, string ContentType, long Size, Stream Content);
