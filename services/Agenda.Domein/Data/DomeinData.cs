using Ontwikkelagenda.Agenda.Domein.Referentie;
using Ontwikkelagenda.Contracts.Agenda;
using Ontwikkelagenda.Contracts.Referentie;

namespace Ontwikkelagenda.Agenda.Domein.Data;

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
    public static DomeinData Load(string dataDirectory) => throw new NotImplementedException("Agenda.Domein: in aanbouw");

    /// <summary>The agenda version that holds at the peildatum (the latest starting on or before it; else the first).</summary>
    public AgendaVersie AgendaOp(DateOnly peildatum) => throw new NotImplementedException("Agenda.Domein: in aanbouw");
}
