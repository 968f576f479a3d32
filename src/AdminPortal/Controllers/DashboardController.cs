using MediatR;
using SupportDesk.AdminPortal.Views.Dashboard;
using Roles = SupportDesk.Application.Common.Security.Roles;
using SupportDesk.Application.Dashboard.Queries.GetDashboard;

namespace SupportDesk.AdminPortal.Controllers;

/// <summary>The manager's home: the queue, the agents and today's pace at a glance.</summary>
[Authorize(Roles = Roles.Manager)]
[Route("dashboard")]
public sealed class DashboardController(IMediator mediator) : PortalController(mediator)
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await LoadAsync());

    /// <summary>The figures alone, fetched by the page when its live connection says a ticket or an agent changed.</summary>
    [HttpGet("live")]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> Live() => PartialView("_Figures", await LoadAsync());

    private async Task<DashboardViewModel> LoadAsync() =>
        new(await Sender.Send(new GetDashboardQuery(), HttpContext.RequestAborted));
}
