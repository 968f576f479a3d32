using MediatR;
using SupportDesk.Application.Common.Exceptions;
using SupportDesk.Domain.Common;

namespace SupportDesk.AdminPortal.Controllers;

/// <summary>
/// What every portal controller does with a form: send the request and, when the use case refuses it, put the
/// reasons into <see cref="ControllerBase.ModelState"/> so the view shows them next to the fields (validation) or
/// above the form (a broken rule or a conflict).
/// </summary>
public abstract class PortalController(IMediator mediator) : Controller
{
    protected IMediator Sender { get; } = mediator;

    /// <summary>Sends the request; on a refusal returns null and leaves the reasons in ModelState.</summary>
    /// <param name="prefix">Prefix of the form's field names, when the form is nested in a larger view model.</param>
    protected async Task<T?> TrySendAsync<T>(IRequest<T> request, string? prefix = null)
        where T : class
    {
        try
        {
            return await Sender.Send(request, HttpContext.RequestAborted);
        }
        catch (Exception ex) when (CollectRefusal(ex, prefix))
        {
            return null;
        }
    }

    /// <summary>Sends a command that answers nothing; false when refused, with the reasons in ModelState.</summary>
    protected async Task<bool> TrySendAsync(IRequest<Unit> request, string? prefix = null)
    {
        try
        {
            await Sender.Send(request, HttpContext.RequestAborted);
            return true;
        }
        catch (Exception ex) when (CollectRefusal(ex, prefix))
        {
            return false;
        }
    }

    /// <summary>Puts a refusal's reasons into ModelState; false for anything else (left to the exception filter).</summary>
    /// <summary>The refusal's reasons, shown on the next page when there is no form to show them in.</summary>
    protected void FlashErrors() =>
        Flash(string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)), "danger");

    private bool CollectRefusal(Exception exception, string? prefix)
    {
        switch (exception)
        {
            case ValidationException ex:
                foreach (var (field, messages) in ex.Errors)
                {
                    foreach (var message in messages)
                    {
                        ModelState.AddModelError(string.IsNullOrEmpty(prefix) ? field : $"{prefix}.{field}", message);
                    }
                }

                return true;
            case DomainException or ConflictException:
                ModelState.AddModelError(string.Empty, exception.Message);
                return true;
            default:
                return false;
        }
    }

    /// <summary>A short message shown once on the next page (post/redirect/get); <paramref name="kind"/> is a
    /// Bootstrap contextual colour.</summary>
    protected void Flash(string message, string kind = "success")
    {
        TempData["Flash"] = message;
        TempData["FlashKind"] = kind;
    }
}
