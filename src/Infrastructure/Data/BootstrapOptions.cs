using System.ComponentModel.DataAnnotations;

namespace SupportDesk.Infrastructure.Data;

public sealed class BootstrapOptions
{
    public const string SectionName = "Bootstrap";

    /// <summary>Empty or absent: no bootstrap manager (an environment variable set to "" means the same).</summary>
    [RegularExpression(@"^$|^[^@\s]+@[^@\s]+$", ErrorMessage = "Bootstrap:ManagerEmail is not an email address.")]
    public string? ManagerEmail { get; set; }

    public string? ManagerPassword { get; set; }
}
