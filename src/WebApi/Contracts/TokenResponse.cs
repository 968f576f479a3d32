namespace SupportDesk.WebApi.Contracts;

/// <summary>A bearer token for the API.</summary>
/// <param name="AccessToken">A JWT to send in the Authorization header, as a bearer token, on every other call.</param>
/// <param name="ExpiresAt">When the token stops being accepted (UTC); sign in again after it.</param>
public sealed record TokenResponse(string AccessToken, DateTime ExpiresAt)
{
    /// <summary>The longest token the API issues: a handful of claims and an email of at most 254 characters, signed.</summary>
    public const int MaxAccessTokenLength = 4096;
}
