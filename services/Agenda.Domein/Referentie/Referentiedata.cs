using Ontwikkelagenda.Contracts.Register;
using Ontwikkelagenda.Contracts.Values;

namespace Agenda.Domein.Referentie;

/// <summary>
/// The register held in memory (municipalities, SWVs, schools) with the counts per school year: the region's own,
/// or a national one holding the region (the region is then <see cref="RegioGemeenten"/>, not the whole register);
/// the per-1,000 denominators for a peildatum come from the telling of the school year holding it, else the
/// latest earlier one, else the earliest. Read once from the versioned file; the same file seeds PostgreSQL.
/// </summary>
public sealed class Referentiedata
{
    private readonly Dictionary<string, RegisterGemeente> _gemeenten;
    private readonly Dictionary<string, RegisterSchool> _scholen;
    private readonly List<Telling> _tellingen;

    public Referentiedata(ReferentiedataBestand bestand)
    {
        Versie = bestand.Versie;
        Opmerking = bestand.Opmerking;
        Gemeenten = bestand.Gemeenten;
        Samenwerkingsverbanden = bestand.Samenwerkingsverbanden;
        Scholen = bestand.Scholen;
        _gemeenten = bestand.Gemeenten.ToDictionary(g => g.Code);
        // A national register holds more than the region: the region is its municipalities of SWV 22.01.
        RegioGemeenten = [.. bestand.Gemeenten.Where(g => Ontwikkelagenda.Contracts.Values.RegioGemeenten.All.Any(r => r.Value == g.Code))];
        _scholen = bestand.Scholen.ToDictionary(s => s.Brin);
        _tellingen = bestand.Tellingen.OrderBy(t => Schooljaar.BeginJaar(t.Schooljaar) ?? int.MinValue).ToList();
    }

    public string Versie { get; }

    /// <summary>Which values come from the sources and which are sample data.</summary>
    public string Opmerking { get; }

    public IReadOnlyList<RegisterGemeente> Gemeenten { get; }

    /// <summary>The register's municipalities of region 22.01 (all of them in the region's own register).</summary>
    public IReadOnlyList<RegisterGemeente> RegioGemeenten { get; }
    public IReadOnlyList<Samenwerkingsverband> Samenwerkingsverbanden { get; }
    public IReadOnlyList<RegisterSchool> Scholen { get; }
    public IReadOnlyList<Telling> Tellingen => _tellingen;

    public static Referentiedata Load(string path) => new(ReferentiedataBestand.Lees(path));

    public RegisterGemeente? GemeenteInRegister(string code) => _gemeenten.GetValueOrDefault(code);

    public RegisterSchool? SchoolInRegister(string brin) => _scholen.GetValueOrDefault(brin);

    /// <summary>The municipality with the counts of the latest telling; null when not in the register.</summary>
    public Gemeente? Gemeente(string code) => Gemeente(code, LaatstePeildatum);

    /// <summary>The municipality with the counts of the school year holding the peildatum; null when not in the register.</summary>
    public Gemeente? Gemeente(string code, DateOnly peildatum) =>
        GemeenteInRegister(code) is { } g
            ? new Gemeente(g.Code, g.Naam, JongerenIn(g.Code, peildatum) ?? 0, TellingOp(peildatum)?.Schooljaar ?? Schooljaar.Van(peildatum))
            : null;

    /// <summary>The school with the pupils of the latest telling; null when not in the register.</summary>
    public School? School(string brin) => School(brin, LaatstePeildatum);

    /// <summary>The school with the pupils of the school year holding the peildatum; null when not in the register.</summary>
    public School? School(string brin, DateOnly peildatum) =>
        SchoolInRegister(brin) is { } s ? new School(s.Brin, s.Naam, s.Soort, s.Gemeente, s.Swv, LeerlingenVan(s.Brin, peildatum) ?? 0) : null;

    public bool InRegio(GemeenteCode gemeente) => InRegio(gemeente.Value);

    public bool InRegio(string gemeente) => RegioGemeenten.Any(g => g.Code == gemeente);

    public string? SwvVan(string brin) => SchoolInRegister(brin)?.Swv;

    /// <summary>A date in the school year of the latest telling (for "the register as it stands").</summary>
    private DateOnly LaatstePeildatum =>
        _tellingen.Count > 0 && Schooljaar.BeginJaar(_tellingen[^1].Schooljaar) is { } jaar ? new DateOnly(jaar, 8, 1) : new DateOnly(2, 8, 1);

    /// <summary>The telling of the school year holding the peildatum, else the latest earlier one, else the earliest; null without tellingen.</summary>
    public Telling? TellingOp(DateOnly peildatum)
    {
        if (_tellingen.Count == 0) return null;
        var jaar = Schooljaar.Begin(peildatum).Year;
        return _tellingen.LastOrDefault(t => Schooljaar.BeginJaar(t.Schooljaar) <= jaar) ?? _tellingen[0];
    }

    /// <summary>Young people aged 5-17 in a municipality; null when the municipality or its count is unknown.</summary>
    public int? JongerenIn(string gemeente, DateOnly peildatum) =>
        _gemeenten.ContainsKey(gemeente) && TellingOp(peildatum)?.Jongeren5Tot18.TryGetValue(gemeente, out var n) == true ? n : null;

    public int? LeerlingenVan(string brin, DateOnly peildatum) =>
        _scholen.ContainsKey(brin) && TellingOp(peildatum)?.Leerlingen.TryGetValue(brin, out var n) == true ? n : null;

    /// <summary>The pupils of the SWV's schools; null for an unknown SWV.</summary>
    public int? LeerlingenVanSwv(string swv, DateOnly peildatum) =>
        Samenwerkingsverbanden.Any(s => s.Code == swv)
            ? Scholen.Where(s => s.Swv == swv).Sum(s => LeerlingenVan(s.Brin, peildatum) ?? 0)
            : null;

    public int JongerenInRegio(DateOnly peildatum) => RegioGemeenten.Sum(g => JongerenIn(g.Code, peildatum) ?? 0);

    /// <summary>The municipalities with the counts of the school year holding the peildatum (0 when not counted).</summary>
    public IReadOnlyList<Gemeente> GemeentenOp(DateOnly peildatum) => Gemeenten.Select(g => Gemeente(g.Code, peildatum)!).ToList();

    /// <summary>The schools with the pupils of the school year holding the peildatum (0 when not counted).</summary>
    public IReadOnlyList<School> ScholenOp(DateOnly peildatum) =>
        Scholen.Select(s => School(s.Brin, peildatum)!).ToList();
}
