using Orleans.Concurrency;
using Agenda.Domein.Data;
using Ontwikkelagenda.Contracts.Agenda;
using Agenda.Contracts.Grains;
using Ontwikkelagenda.Contracts.Referentie;
using Ontwikkelagenda.Contracts.Register;

namespace Agenda.Silo.Grains;

/// <summary>Serves the data files every silo holds in memory (key 0).</summary>
[StatelessWorker] // Read-only data every silo holds: answer locally, no single hot activation.
public sealed class RegisterGrain(DomeinData data) : Grain, IRegisterGrain
{
    public Task<IReadOnlyList<Gemeente>> GetGemeenten(DateOnly peildatum) =>
        Task.FromResult<IReadOnlyList<Gemeente>>(data.Referentiedata.GemeentenOp(peildatum));

    public Task<IReadOnlyList<Samenwerkingsverband>> GetSamenwerkingsverbanden() =>
        Task.FromResult<IReadOnlyList<Samenwerkingsverband>>([.. data.Referentiedata.Samenwerkingsverbanden]);

    public Task<IReadOnlyList<School>> GetScholen(DateOnly peildatum) =>
        Task.FromResult<IReadOnlyList<School>>(data.Referentiedata.ScholenOp(peildatum));

    public Task<School?> GetSchool(string brin, DateOnly peildatum) => Task.FromResult(data.Referentiedata.School(brin, peildatum));

    public Task<IReadOnlyList<AgendaVersie>> GetAgendaVersies() => Task.FromResult<IReadOnlyList<AgendaVersie>>([.. data.AgendaVersies]);

    public Task<IReadOnlyList<OogoOverleg>> GetOogoOverleggen() => Task.FromResult<IReadOnlyList<OogoOverleg>>([.. data.OogoOverleggen]);

    public Task<IReadOnlyList<Benchmark>> GetBenchmarks() => Task.FromResult<IReadOnlyList<Benchmark>>([.. data.Benchmarks]);

    public Task<IReadOnlyList<Rapportcijfer>> GetRapportcijfers() => Task.FromResult<IReadOnlyList<Rapportcijfer>>([.. data.Rapportcijfers]);
}
