using System.ComponentModel.DataAnnotations;
using SupportDesk.Application.Agents.Queries;
using SupportDesk.AdminPortal.Views.Shared;
using SupportDesk.Application.Common.Models;

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

public sealed record AgentListFilter
{
    public bool IncludeRemoved { get; init; }

    public string? Q { get; init; }

    public int Page { get; init; } = 1;
}

public sealed record AgentListViewModel(AgentListFilter Filter, PagedList<AgentDto> Agents)
{
    /// <summary>Changes when any shown agent changes status or ticket: the page redraws the table then.</summary>
    public string LiveKey => LiveRegion.Key(Agents.Items.Select(a => $"{a.Id:N}:{a.Status}:{a.CurrentTicketNumber}:{a.FullName}:{a.Email}"));
}
