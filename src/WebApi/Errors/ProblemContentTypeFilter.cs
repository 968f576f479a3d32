using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace SupportDesk.WebApi.Errors;

/// <summary>
/// <c>[Produces("application/json")]</c> on the controllers describes their successes, but as a result filter it also
/// stamps the problems a controller returns (sign-in failure, malformed bodies, 415) as <c>application/json</c>.
/// Problems are <c>application/problem+json</c>, whoever writes them. Runs after every other result filter.
/// </summary>
internal sealed class ProblemContentTypeFilter : IAlwaysRunResultFilter, IOrderedFilter
{
    public int Order => int.MaxValue;

    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is ObjectResult { Value: ProblemDetails } result)
        {
            result.ContentTypes.Clear();
            result.ContentTypes.Add(ProducesProblemAttribute.MediaType);
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
