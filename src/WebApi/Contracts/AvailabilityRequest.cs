namespace SupportDesk.WebApi.Contracts;

/// <summary>Whether the agent takes new tickets.</summary>
/// <param name="Available">True: takes the next waiting ticket when free. False (away): finishes the current ticket, takes no new one.</param>
public sealed record AvailabilityRequest(bool Available);
