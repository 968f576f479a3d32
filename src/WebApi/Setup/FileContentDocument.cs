using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SupportDesk.WebApi.Setup;

/// <summary>
/// How the document shows files: a download answers the bytes themselves (a binary string, inline, with the stored
/// type as the media type), and an upload is a multipart form whose <c>file</c> field is binary. The framework's own
/// schemas for <see cref="Stream"/> and <see cref="IFormFile"/> are described for the generated clients.
/// </summary>
internal static class FileContentDocument
{
    public static Task ApplyToOperation(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var response in (operation.Responses ?? []).Values.Where(r => r.Content is not null))
        {
            var files = response.Content!.Where(c => c.Value.Schema is OpenApiSchemaReference { Reference.Id: nameof(Stream) }).ToList();
            if (files.Count == 0)
            {
                continue;
            }

            // The controllers' default JSON media type does not apply to an answer that is the file itself.
            response.Content!.Remove("application/json");
            foreach (var (_, media) in files)
            {
                media.Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Format = "binary",
                    Description = "The file's bytes, served with the type recognised when it was uploaded.",
                };
            }
        }

        if (operation.RequestBody is OpenApiRequestBody body && body.Content?.ContainsKey("multipart/form-data") == true)
        {
            body.Description = "The file, as the multipart form field `file`.";
        }

        return Task.CompletedTask;
    }

    /// <summary>The framework registers a schema for <see cref="Stream"/> that no operation refers to once the
    /// downloads are inline: left out.</summary>
    public static Task ApplyToDocument(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components?.Schemas?.Remove(nameof(Stream));
        return Task.CompletedTask;
    }

    public static Task ApplyToSchema(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (type == typeof(Stream))
        {
            schema.Description ??= "A file's bytes.";
        }
        else if (type == typeof(IFormFile))
        {
            schema.Description ??= "A file sent as a multipart form field: JPEG, PNG, WebP or PDF, at most 10 MB.";
        }

        return Task.CompletedTask;
    }
}
