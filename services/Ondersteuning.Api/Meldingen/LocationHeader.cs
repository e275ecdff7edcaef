using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Ondersteuning.Api.Meldingen;

/// <summary>Documents the <c>Location</c> header of a 202: where the accepted resource can be read.</summary>
public static class LocationHeader
{
    public static Func<OpenApiOperation, OpenApiOperationTransformerContext, CancellationToken, Task> Documenteer(string pad) =>
        (operation, _, _) =>
        {
            if (operation.Responses?.GetValueOrDefault("202") is OpenApiResponse accepted)
            {
                accepted.Headers ??= new Dictionary<string, IOpenApiHeader>();
                accepted.Headers["Location"] = new OpenApiHeader
                {
                    Description = $"Waar de resource te lezen is: /v1/{pad}/{{id}}.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                };
            }
            return Task.CompletedTask;
        };
}
