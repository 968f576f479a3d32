namespace SupportDesk.Application.Common.Models;

/// <summary>What sign-up needs to know about an account found by email.</summary>
public sealed record AccountSummary(string UserId, string FullName, bool EmailConfirmed);
