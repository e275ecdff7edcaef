using System.Text.Json;
using Ontwikkelagenda.Contracts.Register;

namespace Agenda.Domein.Referentie;

/// <summary>The shape of <c>data/referentiedata.json</c>. <c>Opmerking</c> says which values are sample data.</summary>
public sealed record ReferentiedataBestand(
    string Versie,
    string Opmerking,
    IReadOnlyList<RegisterGemeente> Gemeenten,
    IReadOnlyList<Samenwerkingsverband> Samenwerkingsverbanden,
    IReadOnlyList<RegisterSchool> Scholen,
    IReadOnlyList<Telling> Tellingen)
{
    public static ReferentiedataBestand Lees(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<ReferentiedataBestand>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidDataException($"{path} bevat geen referentiedata.");
    }
}
