using System.Text.Json.Nodes;

namespace Ontwikkelagenda.Voorbeelddata;

/// <summary>
/// One melding of the sample file: which intake service, which path, on behalf of which organisation's client
/// (<see cref="Namens"/>, whose token sends it), the request body, and optionally <see cref="Als"/>: the name under which
/// the id the service returns is kept for later <c>{{naam}}</c> placeholders.
/// </summary>
public sealed record VoorbeeldMelding(string Service, string Pad, string Namens, string? Als, JsonObject Body)
{
    public string MeldingId => Body["meldingId"]?.GetValue<string>() ?? "(geen meldingId)";
}
