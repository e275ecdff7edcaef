using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Ontwikkelagenda.Intake.Http;
using Ontwikkelagenda.Intake.Validatie;

namespace Inkoop.Api.Meldingen;

/// <summary>The endpoints' common start: the raw JSON body and the path id, with every error of both reported together.</summary>
public static class JsonBody
{
    /// <summary>The body and id, or the 400 naming what is wrong (<paramref name="velden"/> validates the body when the id is bad).</summary>
    public static async Task<(JsonElement Body, Guid Id, ValidationProblem? Probleem)> LeesMetId(
        HttpRequest request, string id, string wat, Func<JsonElement, IReadOnlyDictionary<string, string[]>> velden, CancellationToken cancellationToken)
    {
        var body = await IntakeHttp.ReadJsonAsync(request, cancellationToken);
        if (!IntakeHttp.TryParseId(id, out var guid))
        {
            var fouten = body is null
                ? new Dictionary<string, string[]> { [VeldLezer.Body] = [IntakeHttp.OngeldigeJsonReden] }
                : velden(body.Value);
            return (default, default, IntakeHttp.MetOngeldigId(fouten, wat));
        }
        return body is null ? (default, guid, IntakeHttp.OngeldigeJson()) : (body.Value, guid, null);
    }
}
