using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace SupportDesk.Client;

/// <summary>Makes a <see cref="SupportDeskApiClient"/> that sends a bearer token (from POST /api/auth/token) with
/// every request.</summary>
public static class SupportDeskClient
{
    /// <param name="baseUrl">Where the API is, e.g. <c>https://desk.example.com</c>.</param>
    /// <param name="accessToken">The <c>accessToken</c> of POST /api/auth/token; null for the anonymous operations.</param>
    /// <param name="http">An HttpClient to send with (it is not disposed); a new one if not given.</param>
    public static SupportDeskApiClient Create(Uri baseUrl, string? accessToken, HttpClient? http = null)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var adapter = new HttpClientRequestAdapter(new BearerToken(accessToken), httpClient: http)
        {
            BaseUrl = baseUrl.ToString().TrimEnd('/'),
        };
        return new SupportDeskApiClient(adapter);
    }

    private sealed class BearerToken(string? token) : IAuthenticationProvider
    {
        public Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null,
            CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(request);
            if (token is not null)
            {
                request.Headers.TryAdd("Authorization", $"Bearer {token}");
            }

            return Task.CompletedTask;
        }
    }
}
