using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using SupportDesk.WebApi.Setup;

namespace SupportDesk.WebApi.Errors;

/// <summary>
/// Every operation that reads a JSON body can also answer 413 (over <see cref="ApiServices.MaxRequestBodyBytes"/>)
/// and 415 (not JSON); the OpenAPI document says so, so that generated clients know these problems too.
/// </summary>
public sealed class BodyProblemsConvention : IApplicationModelConvention
{
    /// <inheritdoc />
    public void Apply(ApplicationModel application)
    {
        var actions = application.Controllers.SelectMany(c => c.Actions)
            .Where(a => a.Parameters.Any(p => p.BindingInfo?.BindingSource == BindingSource.Body));
        foreach (var action in actions)
        {
            action.Filters.Add(new ProducesProblemAttribute(StatusCodes.Status413PayloadTooLarge));
            action.Filters.Add(new ProducesProblemAttribute(StatusCodes.Status415UnsupportedMediaType));
        }
    }
}
