using System.Text.Json.Nodes;
using Intake.Contracts.Regels;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Ontwikkelagenda.Intake.Validatie;

namespace Ontwikkelagenda.Intake.Http;

/// <summary>
/// Writes a request record's declared rules into its OpenAPI schema: a required field is listed as required and not
/// null, an optional one not as required, a choice lists its names. The record's properties are nullable so that a client can send an incomplete form;
/// the document says what the intake accepts.
/// </summary>
public sealed class VeldregelSchema : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (schema.Properties is null || !Verzoekregels.Heeft(type)) return Task.CompletedTask;
        foreach (var veld in Verzoekregels.Van(type).Velden)
        {
            if (veld.Regel is null || !schema.Properties.TryGetValue(veld.Naam, out var property) || property is not OpenApiSchema eigenschap) continue;
            schema.Required ??= new HashSet<string>(StringComparer.Ordinal);
            if (veld.Regel.Verplicht)
            {
                schema.Required.Add(veld.Naam);
                eigenschap.Type &= ~JsonSchemaType.Null;
            }
            else schema.Required.Remove(veld.Naam);
            if (veld.Regel is KeuzeAttribute keuze)
                eigenschap.Enum = [.. JsonEnumNames.Of(keuze.Keuzes).Keys.Select(naam => (JsonNode)JsonValue.Create(naam))];
        }
        return Task.CompletedTask;
    }
}
