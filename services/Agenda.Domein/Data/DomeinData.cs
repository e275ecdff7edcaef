using System.Text.Json;
using Agenda.Domein.Kpis;
using Agenda.Domein.Referentie;
using Ontwikkelagenda.Contracts.Agenda;
using Ontwikkelagenda.Contracts.Referentie;

namespace Agenda.Domein.Data;

/// <summary>
/// All versioned data files under <c>data/</c>, loaded once: the register with its counts per school year,
/// the agenda versions and OOGO meetings, the benchmarks and the report's baseline figures.
/// </summary>
public sealed record DomeinData(
    Referentiedata Referentiedata,
    IReadOnlyList<AgendaVersie> AgendaVersies,
    IReadOnlyList<OogoOverleg> OogoOverleggen,
    IReadOnlyList<Benchmark> Benchmarks,
    IReadOnlyList<Rapportcijfer> Rapportcijfers)
{
    /// <summary>Reads every file from the data directory (the build copies <c>data/</c> next to each host).</summary>
    public static DomeinData Load(string dataDirectory)
    {
        var agenda = Lees<AgendaBestand>(dataDirectory, "agenda.json");
        return new DomeinData(
            Referentiedata.Load(Path.Combine(dataDirectory, "referentiedata.json")),
            agenda.Versies.OrderBy(v => v.GeldigVanaf).ToList(),
            agenda.OogoOverleggen.OrderBy(o => o.Datum).ToList(),
            Lees<BenchmarksBestand>(dataDirectory, "benchmarks.json").Benchmarks,
            Lees<RapportcijfersBestand>(dataDirectory, "rapportcijfers.json").Cijfers.Select(Cijfer).ToList());
    }

    /// <summary>The agenda version that holds at the peildatum (the latest starting on or before it; else the first).</summary>
    public AgendaVersie AgendaOp(DateOnly peildatum) =>
        AgendaVersies.Where(v => v.GeldigVanaf <= peildatum).MaxBy(v => v.GeldigVanaf)
        ?? AgendaVersies.MinBy(v => v.GeldigVanaf)
        ?? throw new InvalidOperationException("De agenda heeft geen versies.");

    /// <summary>per-1000: teller x 1000 / noemer; procent: teller x 100 / noemer (rounded); aantal: the teller.</summary>
    public static Rapportcijfer Cijfer(RapportcijferRegel regel)
    {
        var waarde = regel.Eenheid switch
        {
            "per-1000" => Deel(regel, 1000m),
            "procent" => Deel(regel, 100m),
            "aantal" => regel.Teller,
            _ => throw new InvalidDataException($"Rapportcijfer {regel.Code}: onbekende eenheid '{regel.Eenheid}'."),
        };
        return new Rapportcijfer(regel.Code, regel.Omschrijving, regel.Gebied, regel.Periode, regel.Teller, regel.Noemer, regel.Eenheid, waarde, regel.Bron);
    }

    private static decimal Deel(RapportcijferRegel regel, decimal factor) =>
        regel.Noemer is > 0 and var noemer
            ? ThuiszitterKpiCalculator.Rond(regel.Teller * factor / noemer)
            : throw new InvalidDataException($"Rapportcijfer {regel.Code}: {regel.Eenheid} vraagt een noemer groter dan 0.");

    private static T Lees<T>(string dataDirectory, string bestand)
    {
        var path = Path.Combine(dataDirectory, bestand);
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<T>(stream, JsonSerializerOptions.Web) ?? throw new InvalidDataException($"{path} is leeg.");
    }
}
