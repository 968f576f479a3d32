using Microsoft.OpenApi;

namespace SupportDesk.WebApi.Setup;

/// <summary>
/// What the API answers, it answers whole: the serializer writes every property of a read model, null included
/// (a null is written as <c>null</c>, never left out). So every property of a schema an answer uses is
/// <c>required</c>, and only a property whose type admits null may be null: a typed client reads
/// <c>ticket.status</c> as a status, not as "a status or undefined". Problems are the exception: their members
/// depend on the problem (<c>errors</c> only on a validation problem).
/// </summary>
internal static class RequiredResponseProperties
{
    public static void Apply(OpenApiDocument document)
    {
        var schemas = document.Components?.Schemas;
        if (schemas is null || document.Paths is null)
        {
            return;
        }

        var requestSchemas = new HashSet<string>(StringComparer.Ordinal);
        var responseSchemas = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in document.Paths.Values.SelectMany(path => path.Operations?.Values.AsEnumerable() ?? []))
        {
            foreach (var media in operation.RequestBody?.Content?.Values ?? [])
            {
                Collect(media.Schema, schemas, requestSchemas);
            }

            foreach (var (status, response) in operation.Responses ?? [])
            {
                if (status.StartsWith('2'))
                {
                    foreach (var media in response.Content?.Values ?? [])
                    {
                        Collect(media.Schema, schemas, responseSchemas);
                    }
                }
            }
        }

        foreach (var name in responseSchemas.Except(requestSchemas))
        {
            if (schemas[name] is OpenApiSchema { Properties.Count: > 0 } schema && name != nameof(Microsoft.AspNetCore.Mvc.ProblemDetails))
            {
                schema.Required = new HashSet<string>(schema.Properties.Keys, StringComparer.Ordinal);
            }
        }
    }

    private static void Collect(IOpenApiSchema? schema, IDictionary<string, IOpenApiSchema> schemas, HashSet<string> names)
    {
        switch (schema)
        {
            case null:
                return;
            case OpenApiSchemaReference reference:
                var id = reference.Reference.Id;
                if (id is not null && names.Add(id) && schemas.TryGetValue(id, out var target))
                {
                    Collect(target, schemas, names);
                }

                return;
        }

        foreach (var nested in (schema.Properties?.Values ?? []).Concat(schema.OneOf ?? []).Concat(schema.AllOf ?? [])
                     .Concat(schema.AnyOf ?? []).Append(schema.Items!).Where(s => s is not null))
        {
            Collect(nested, schemas, names);
        }
    }
}
