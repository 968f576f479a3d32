namespace SupportDesk.WebApi.Contracts;

/// <summary>The credentials of any account: customer, agent, manager or the shop's integration account.</summary>
/// <param name="Email">The account's email.</param>
/// <param name="Password">The account's password.</param>
public sealed record TokenRequest(string Email, string Password);
