namespace SupportDesk.WebApi.Contracts;

/// <summary>An agent's new details.</summary>
/// <param name="FullName">The agent's name as the desk shows it.</param>
/// <param name="Email">The agent's email, used to sign in; unique among all accounts.</param>
/// <param name="Password">A new password; leave it out to keep the current one (an empty one is refused).</param>
[ValidatedAs(typeof(SupportDesk.Application.Agents.Commands.UpdateAgent.UpdateAgentCommand))]
public sealed record UpdateAgentRequest(string FullName, string Email, string? Password = null);
