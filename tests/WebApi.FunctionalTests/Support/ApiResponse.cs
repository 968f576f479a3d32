using System.Net.Http.Headers;
using System.Text.Json;

namespace SupportDesk.WebApi.FunctionalTests.Support;

/// <summary>A response read to the end, so tests can look at it as often as they like.</summary>
public class ApiResponse
{
    protected ApiResponse(ApiResponse other)
    {
        Status = other.Status;
        Headers = other.Headers;
        ContentHeaders = other.ContentHeaders;
        Body = other.Body;
        Request = other.Request;
    }

    private ApiResponse(HttpStatusCode status, HttpResponseHeaders headers, HttpContentHeaders contentHeaders, string body, string request)
    {
        Status = status;
        Headers = headers;
        ContentHeaders = contentHeaders;
        Body = body;
        Request = request;
    }

    public HttpStatusCode Status { get; }

    public HttpResponseHeaders Headers { get; }

    public HttpContentHeaders ContentHeaders { get; }

    public string Body { get; }

    /// <summary>"METHOD path", for failure messages.</summary>
    public string Request { get; }

    public string? MediaType => ContentHeaders.ContentType?.MediaType;

    public ProblemResponse Problem => As<ProblemResponse>();

    public JsonElement Json
    {
        get
        {
            using var document = JsonDocument.Parse(Body);
            return document.RootElement.Clone();
        }
    }

    public static async Task<ApiResponse> ReadAsync(HttpResponseMessage response, string request) =>
        new(response.StatusCode, response.Headers, response.Content.Headers, await response.Content.ReadAsStringAsync(), request);

    public T As<T>()
    {
        try
        {
            return JsonSerializer.Deserialize<T>(Body, ApiJson.Options)
                ?? throw new AssertionException($"{Request} answered null where a {typeof(T).Name} was expected.");
        }
        catch (JsonException ex)
        {
            throw new AssertionException($"{Request} answered {(int)Status} with a body that is not a {typeof(T).Name}: {ex.Message}\n{Body}");
        }
    }

    /// <summary>Fails the test (showing the body) unless the status is the expected one.</summary>
    public ApiResponse Expect(HttpStatusCode expected)
    {
        if (Status != expected)
        {
            throw new AssertionException($"{Request} answered {(int)Status} {Status}, expected {(int)expected} {expected}.\n{Body}");
        }

        return this;
    }

    public override string ToString() => $"{Request} -> {(int)Status} {Body}";
}

/// <summary>A response whose success body is a <typeparamref name="T"/>.</summary>
public sealed class ApiResponse<T> : ApiResponse
{
    public ApiResponse(ApiResponse response)
        : base(response)
    {
    }

    public T Value => As<T>();

    /// <summary>The body, after checking the status.</summary>
    public new T Expect(HttpStatusCode expected)
    {
        base.Expect(expected);
        return Value;
    }
}
