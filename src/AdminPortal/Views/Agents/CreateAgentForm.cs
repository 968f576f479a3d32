using System.ComponentModel.DataAnnotations;
using SupportDesk.AdminPortal.Views.Shared;

namespace SupportDesk.AdminPortal.Views.Agents;

/// <summary>Field names match <c>CreateAgentCommand</c>, so the validator's messages land next to the fields.</summary>
public sealed record CreateAgentForm
{
    [Display(Name = "Full name")]
    public string? FullName { get; init; }

    public string? Email { get; init; }

    [Display(Name = "Initial password")]
    [DataType(DataType.Password)]
    public string? Password { get; init; }
}
