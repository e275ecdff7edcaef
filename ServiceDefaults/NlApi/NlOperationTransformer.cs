using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Ontwikkelagenda.ServiceDefaults.NlApi;

/// <summary>
/// Documents, on every operation, what the conventions middleware does at run time: the
/// <c>API-Version</c> header on each 2xx/3xx, problem+json on each 4xx/5xx, and a 400 wherever the
/// operation takes input.
/// </summary>
public sealed class NlOperationTransformer(IOptions<NlApiOptions> options) : IOpenApiOperationTransformer
{
    private const string ProblemJson = "application/problem+json";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Responses ??= new OpenApiResponses();
        var hasInput = operation.Parameters is { Count: > 0 } || operation.RequestBody is not null;
        if (hasInput && !operation.Responses.ContainsKey("400"))
        {
            operation.Responses["400"] = new OpenApiResponse { Description = "Ongeldige invoer" };
        }
        if (!operation.Responses.ContainsKey("500"))
        {
            operation.Responses["500"] = new OpenApiResponse { Description = "Onverwachte fout" };
        }

        foreach (var (code, response) in operation.Responses)
        {
            if (response is not OpenApiResponse concrete) continue;
            if (int.TryParse(code, out var status) && (concrete.Description is null || concrete.Description == ReasonPhrases.GetReasonPhrase(status)))
            {
                concrete.Description = DutchDescription(status);
            }
            if (code.StartsWith('2') || code.StartsWith('3'))
            {
                concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
                concrete.Headers[ApiVersionHeader.Name] = VersionHeader();
            }
            else if (code.StartsWith('4') || code.StartsWith('5'))
            {
                var existing = concrete.Content is { } content && content.TryGetValue(ProblemJson, out var media) ? media.Schema : null;
                var schemaType = code == "400" ? typeof(HttpValidationProblemDetails) : typeof(Microsoft.AspNetCore.Mvc.ProblemDetails);
                var schema = existing ?? await context.GetOrCreateSchemaAsync(schemaType, null, cancellationToken);
                concrete.Content = new Dictionary<string, OpenApiMediaType> { [ProblemJson] = new() { Schema = schema } };
            }
        }
    }

    private static string DutchDescription(int status) => status switch
    {
        StatusCodes.Status200OK => "Gelukt",
        StatusCodes.Status201Created => "Aangemaakt",
        StatusCodes.Status202Accepted => "Aangenomen",
        StatusCodes.Status204NoContent => "Gelukt, zonder inhoud",
        StatusCodes.Status400BadRequest => "Ongeldige invoer",
        _ => NlApiExtensions.DutchTitle(status) ?? status.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private OpenApiHeader VersionHeader() => new()
    {
        Description = "De volledige versie van de API (semver), bijvoorbeeld " + options.Value.Version + ".",
        Required = true,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };
}
