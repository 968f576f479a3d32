using System.ComponentModel.DataAnnotations;

namespace SupportDesk.WebApi.Auth;

public sealed class JwtOptions
{
    public const string SectionName = "Jwt";

    /// <summary>HMAC-SHA256 key; at least 32 characters. Development has a dev-only key in appsettings.Development.json.</summary>
    [Required(ErrorMessage = "Set Jwt:SigningKey (at least 32 characters).")]
    [MinLength(32, ErrorMessage = "Jwt:SigningKey must be at least 32 characters.")]
    public string SigningKey { get; set; } = string.Empty;

    [Required]
    public string Issuer { get; set; } = "supportdesk";

    [Required]
    public string Audience { get; set; } = "supportdesk-api";

    [Range(1, 24 * 60)]
    public int LifetimeMinutes { get; set; } = 60;
}
