using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Agenda.Api;

/// <summary>
/// The endpoints read date queries as text so that a malformed value gets a 400 naming the field;
/// the document still says what they are: dates.
/// </summary>
public sealed class DateParameterTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in operation.Parameters ?? [])
        {
            if (parameter is OpenApiParameter concrete && concrete.In == ParameterLocation.Query && concrete.Name is { } name && QueryDate.Names.Contains(name))
            {
                concrete.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" };
                concrete.Description ??= name == Peildatum.QueryName
                    ? "Peildatum (JJJJ-MM-DD); standaard vandaag in Europe/Amsterdam."
                    : $"Datum (JJJJ-MM-DD).";
            }
        }
        return Task.CompletedTask;
    }
}
