using SupportDesk.AdminPortal.Views.Shared;
using SupportDesk.Application.Agents.Queries;
using SupportDesk.Application.Common.Models;

namespace SupportDesk.AdminPortal.Views.Agents;

public sealed record AgentListViewModel(AgentListFilter Filter, PagedList<AgentDto> Agents)
{
    /// <summary>Changes when any shown agent changes status or ticket: the page redraws the table then.</summary>
    public string LiveKey => LiveRegion.Key(Agents.Items.Select(a => $"{a.Id:N}:{a.Status}:{a.CurrentTicketNumber}:{a.FullName}:{a.Email}"));
}
