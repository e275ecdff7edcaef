using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Ontwikkelagenda.Intake.Http;

/// <summary>Documents the Location header of a 202 answer.</summary>
public static class LocationHeader
{
    public static Func<OpenApiOperation, OpenApiOperationTransformerContext, CancellationToken, Task> Documenteer(string waar) =>
        (operation, _, _) =>
        {
            if (operation.Responses?.GetValueOrDefault("202") is OpenApiResponse accepted)
            {
                accepted.Headers ??= new Dictionary<string, IOpenApiHeader>();
                accepted.Headers["Location"] = new OpenApiHeader
                {
                    Description = $"Waar het resultaat te lezen is: {waar}.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                };
            }
            return Task.CompletedTask;
        };
}
