using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using SupportDesk.AdminPortal.Views.Shared;
using SupportDesk.Application.Common.Exceptions;

namespace SupportDesk.AdminPortal.Controllers;

/// <summary>
/// Turns a refusal that no form handled into a page with the right status: a missing ticket is a 404 page, a
/// request the role may not send is the access-denied page, and so on, with the status of the one table the API uses
/// too (<see cref="RefusalStatus"/>). Anything else is left to the error page.
/// </summary>
public sealed class ApplicationExceptionFilter(IModelMetadataProvider metadata) : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        var exception = context.Exception;
        IActionResult? result = RefusalStatus.Of(exception) switch
        {
            RefusalStatus.NotFound => Problem(StatusCodes.Status404NotFound, "Not found",
                "What you are looking for does not exist, or no longer does."),
            RefusalStatus.BadRequest => Problem(StatusCodes.Status400BadRequest, "This request is not valid",
                exception is ValidationException v ? string.Join(" ", v.Errors.SelectMany(e => e.Value)) : exception.Message),
            RefusalStatus.Conflict => Problem(StatusCodes.Status409Conflict, "Not done", exception.Message),
            RefusalStatus.ContentTooLarge => Problem(StatusCodes.Status413PayloadTooLarge, "File too large", exception.Message),
            RefusalStatus.UnsupportedMediaType => Problem(StatusCodes.Status415UnsupportedMediaType, "File not accepted", exception.Message),
            RefusalStatus.Forbidden => new ViewResult
            {
                ViewName = "~/Views/Account/AccessDenied.cshtml",
                StatusCode = StatusCodes.Status403Forbidden,
            },
            RefusalStatus.Unauthenticated => new ChallengeResult(),
            _ => null,
        };
        if (result is not null)
        {
            context.Result = result;
            context.ExceptionHandled = true;
        }
    }

    private ViewResult Problem(int status, string title, string detail) => new()
    {
        ViewName = "~/Views/Shared/Problem.cshtml",
        StatusCode = status,
        ViewData = new ViewDataDictionary(metadata, new ModelStateDictionary())
        {
            Model = new ProblemViewModel(status, title, detail),
        },
    };
}
