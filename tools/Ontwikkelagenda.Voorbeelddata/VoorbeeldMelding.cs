using System.Text.Json.Nodes;

namespace Ontwikkelagenda.Voorbeelddata;

/// <summary>
/// One melding of the sample file: which intake service, which path, the request body, and optionally
/// <see cref="Als"/>: the name under which the id the service returns is kept for later <c>{{naam}}</c> placeholders.
/// </summary>
public sealed record VoorbeeldMelding(string Service, string Pad, string? Als, JsonObject Body)
{
    public string MeldingId => Body["meldingId"]?.GetValue<string>() ?? "(geen meldingId)";
}
