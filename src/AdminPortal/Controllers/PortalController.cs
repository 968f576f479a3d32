using MediatR;
using SupportDesk.AdminPortal.Forms;
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

    /// <summary>The refusal's reasons, shown on the next page when there is no form to show them in.</summary>
    protected void FlashErrors() =>
        Flash(string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)), "danger");

    /// <summary>Puts a refusal's reasons into ModelState, every field's at once and in the words of the field's label;
    /// false for anything else (left to the exception filter).</summary>
    private bool CollectRefusal(Exception exception, string? prefix)
    {
        switch (exception)
        {
            case ValidationException ex:
                var labels = new FieldLabels(MetadataProvider, ControllerContext.ActionDescriptor.Parameters.Select(p => p.ParameterType));
                foreach (var (field, messages) in ex.Errors)
                {
                    var key = string.IsNullOrEmpty(prefix) ? field : $"{prefix}.{field}";
                    foreach (var message in messages)
                    {
                        ModelState.AddModelError(key, labels.Reword(message, field, key));
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
