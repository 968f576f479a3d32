namespace SupportDesk.WebApi.Contracts;

/// <summary>A bearer token for the API.</summary>
/// <param name="AccessToken">A JWT to send in the Authorization header, as a bearer token, on every other call.</param>
/// <param name="ExpiresAt">When the token stops being accepted (UTC); sign in again after it.</param>
public sealed record TokenResponse(string AccessToken, DateTime ExpiresAt);
