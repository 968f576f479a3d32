using System.ComponentModel.DataAnnotations;

namespace SupportDesk.WebApi.Auth;

/// <summary>How API tokens are signed and checked (configuration section <c>Jwt</c>).</summary>
public sealed class JwtOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "Jwt";

    /// <summary>HMAC-SHA256 key; at least 32 characters. Development has a dev-only key in appsettings.Development.json.</summary>
    [Required(ErrorMessage = "Set Jwt:SigningKey (at least 32 characters).")]
    [MinLength(32, ErrorMessage = "Jwt:SigningKey must be at least 32 characters.")]
    public string SigningKey { get; set; } = string.Empty;

    /// <summary>The <c>iss</c> of issued tokens; a token from another issuer is refused.</summary>
    [Required]
    public string Issuer { get; set; } = "supportdesk";

    /// <summary>The <c>aud</c> of issued tokens; a token for another audience is refused.</summary>
    [Required]
    public string Audience { get; set; } = "supportdesk-api";

    /// <summary>How long a token is accepted after it is issued, in minutes (1 to 1,440).</summary>
    [Range(1, 24 * 60)]
    public int LifetimeMinutes { get; set; } = 60;
}
