using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Agenda.Api;

/// <summary>
/// The endpoints read <c>peildatum</c> as text so that a malformed value gets a 400 naming the field;
/// the document still says what it is: a date.
/// </summary>
public sealed class PeildatumParameterTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in operation.Parameters ?? [])
        {
            if (parameter is OpenApiParameter { Name: Peildatum.QueryName } concrete)
            {
                concrete.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" };
                concrete.Description = "Peildatum (JJJJ-MM-DD); standaard vandaag in Europe/Amsterdam.";
            }
        }
        return Task.CompletedTask;
    }
}
