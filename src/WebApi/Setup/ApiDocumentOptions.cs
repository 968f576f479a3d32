namespace SupportDesk.WebApi.Setup;

/// <summary>Who runs this desk, as the OpenAPI document tells integrators (<c>info.contact</c>, <c>info.license</c>).</summary>
internal sealed class ApiDocumentOptions
{
    public const string SectionName = "OpenApi";

    /// <summary>Who integrators contact about the API.</summary>
    public string ContactName { get; set; } = "SupportDesk integrations";

    /// <summary>Their email, if they publish one.</summary>
    public string? ContactEmail { get; set; }

    /// <summary>Their page (e.g. the integration guide), if there is one.</summary>
    public Uri? ContactUrl { get; set; }

    /// <summary>The terms of the API's use.</summary>
    public string LicenseName { get; set; } = "Proprietary";

    /// <summary>Where the terms are written, if anywhere.</summary>
    public Uri? LicenseUrl { get; set; }
}
