namespace SupportDesk.Application.Emails;

/// <summary>An email as its template made it: a one-line subject, a plain-text body and an HTML body.</summary>
public sealed record RenderedEmail(string Subject, string Text, string Html);
