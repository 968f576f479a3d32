using FluentValidation;
using Microsoft.AspNetCore.Mvc.Filters;

namespace SupportDesk.WebApi.Contracts;

/// <summary>
/// Checks the API's own request records (those that are not a use case's command, like <see cref="TokenRequest"/>)
/// against their validator before the action runs: a refusal is the same 400 <c>request.validation</c> problem the
/// use cases' validation gives. Commands are validated by the use cases themselves, once.
/// </summary>
internal sealed class RequestValidationFilter(IServiceProvider services) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        foreach (var argument in context.ActionArguments.Values)
        {
            if (argument is not null && argument.GetType().Assembly == typeof(RequestValidationFilter).Assembly
                && services.GetService(typeof(IValidator<>).MakeGenericType(argument.GetType())) is IValidator validator)
            {
                var result = await validator.ValidateAsync(new ValidationContext<object>(argument), context.HttpContext.RequestAborted);
                if (!result.IsValid)
                {
                    throw new Application.Common.Exceptions.ValidationException(result.Errors);
                }
            }
        }

        await next();
    }
}
