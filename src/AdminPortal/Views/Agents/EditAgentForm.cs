using System.ComponentModel.DataAnnotations;
using SupportDesk.AdminPortal.Views.Shared;

namespace SupportDesk.AdminPortal.Views.Agents;

/// <summary>Field names match <c>UpdateAgentCommand</c>; an empty password keeps the current one.</summary>
public sealed record EditAgentForm
{
    public Guid Id { get; init; }

    [Display(Name = "Full name")]
    public string? FullName { get; init; }

    public string? Email { get; init; }

    [Display(Name = "New password")]
    [DataType(DataType.Password)]
    public string? Password { get; init; }

    public bool Removed { get; init; }
}
