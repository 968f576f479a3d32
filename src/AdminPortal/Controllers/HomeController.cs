using System.Diagnostics;
using SupportDesk.AdminPortal.Views.Shared;
using SupportDesk.Application.Common.Security;

namespace SupportDesk.AdminPortal.Controllers;

public sealed class HomeController : Controller
{
    /// <summary>Managers start on the dashboard, agents at their desk.</summary>
    [HttpGet("/")]
    public IActionResult Index() =>
        User.IsInRole(Roles.Manager) ? RedirectToAction("Index", "Dashboard") : RedirectToAction("Index", "Desk");

    [AllowAnonymous]
    [Route("/error/{status:int?}")]
    [ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
    public IActionResult Error(int? status = null)
    {
        var code = status ?? StatusCodes.Status500InternalServerError;
        Response.StatusCode = code;
        var problem = code switch
        {
            StatusCodes.Status404NotFound => new ProblemViewModel(code, "Not found", "There is no page at this address."),
            StatusCodes.Status400BadRequest => new ProblemViewModel(code, "Bad request", "The request could not be understood."),
            < 500 => new ProblemViewModel(code, "Request refused", "The request could not be carried out."),
            _ => new ProblemViewModel(code, "Something went wrong",
                "The page could not be shown. Try again in a moment; if it keeps failing, tell the administrator the reference below."),
        };
        return View("Problem", problem with { RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier });
    }
}
