using System.Text.Json;
using Ontwikkelagenda.Contracts.Register;
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Agenda.Domein.Referentie;

/// <summary>
/// The region's reference data held in memory: routing of cases to scopes and the per-1,000
/// denominators. Read once from the versioned file; the same file seeds PostgreSQL.
/// </summary>
public sealed class Referentiedata
{
    private readonly Dictionary<string, Gemeente> _gemeenten;
    private readonly Dictionary<string, School> _scholen;

    public Referentiedata(ReferentiedataBestand bestand)
    {
        Versie = bestand.Versie;
        Schooljaar = bestand.Schooljaar;
        Opmerking = bestand.Opmerking;
        Gemeenten = bestand.Gemeenten;
        Samenwerkingsverbanden = bestand.Samenwerkingsverbanden;
        Scholen = bestand.Scholen;
        _gemeenten = bestand.Gemeenten.ToDictionary(g => g.Code);
        _scholen = bestand.Scholen.ToDictionary(s => s.Brin);
    }

    public string Versie { get; }
    public string Schooljaar { get; }

    /// <summary>Which values come from the sources and which are sample data.</summary>
    public string Opmerking { get; }

    public IReadOnlyList<Gemeente> Gemeenten { get; }
    public IReadOnlyList<Samenwerkingsverband> Samenwerkingsverbanden { get; }
    public IReadOnlyList<School> Scholen { get; }

    public static Referentiedata Load(string path)
    {
        using var stream = File.OpenRead(path);
        var bestand = JsonSerializer.Deserialize<ReferentiedataBestand>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidDataException($"{path} bevat geen referentiedata.");
        return new Referentiedata(bestand);
    }

    public Gemeente? Gemeente(string code) => _gemeenten.GetValueOrDefault(code);

    public School? School(string brin) => _scholen.GetValueOrDefault(brin);

    public ThuiszitterRoute RouteFor(GemeenteCode gemeente, Brin? brin)
    {
        var school = brin is { } b ? School(b.Value) : null;
        return new ThuiszitterRoute(gemeente.Value, _gemeenten.ContainsKey(gemeente.Value), school?.Brin, school?.Swv);
    }

    /// <summary>Young people aged 5-17 for a municipality, pupils for a school; null when the scope is unknown.</summary>
    public int? JongerenIn(string gemeente) => Gemeente(gemeente)?.Jongeren5Tot18;

    public int? LeerlingenVan(string brin) => School(brin)?.Leerlingen;

    public int? LeerlingenVanSwv(string swv) =>
        Samenwerkingsverbanden.Any(s => s.Code == swv) ? Scholen.Where(s => s.Swv == swv).Sum(s => s.Leerlingen) : null;

    public int JongerenInRegio => Gemeenten.Sum(g => g.Jongeren5Tot18);
}
