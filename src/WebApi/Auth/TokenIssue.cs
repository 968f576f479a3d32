using SupportDesk.Infrastructure.Identity;
using SupportDesk.WebApi.Contracts;

namespace SupportDesk.WebApi.Auth;

/// <summary>A token, or why none was issued.</summary>
public sealed record TokenIssue(TokenResponse? Token, SignInRefusal? Refusal);
