using Ontwikkelagenda.Contracts.Agenda;
using Ontwikkelagenda.Contracts.Referentie;
using Ontwikkelagenda.Contracts.Register;

namespace Agenda.Contracts.Grains;

/// <summary>
/// The region's reference data: municipalities, SWVs, the school register (counts of the school year that
/// holds the peildatum), the agenda versions and OOGO meetings, benchmarks and the report's baseline figures. Key 0.
/// </summary>
public interface IRegisterGrain : IGrainWithIntegerKey
{
    Task<IReadOnlyList<Gemeente>> GetGemeenten(DateOnly peildatum);
    Task<IReadOnlyList<Samenwerkingsverband>> GetSamenwerkingsverbanden();
    Task<IReadOnlyList<School>> GetScholen(DateOnly peildatum);

    /// <summary>One school of the register with the pupils of the school year holding the peildatum; null when not in the register.</summary>
    Task<School?> GetSchool(string brin, DateOnly peildatum);
    Task<IReadOnlyList<AgendaVersie>> GetAgendaVersies();
    Task<IReadOnlyList<OogoOverleg>> GetOogoOverleggen();
    Task<IReadOnlyList<Benchmark>> GetBenchmarks();
    Task<IReadOnlyList<Rapportcijfer>> GetRapportcijfers();
}
