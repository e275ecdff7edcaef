using Orleans.Concurrency;
using Ontwikkelagenda.Agenda.Silo.Referentie;
using Ontwikkelagenda.Contracts.Grains;
using Ontwikkelagenda.Contracts.Register;

namespace Ontwikkelagenda.Agenda.Silo.Grains;

/// <summary>Serves the reference data every silo holds in memory (key 0).</summary>
[StatelessWorker] // Read-only data every silo holds: answer locally, no single hot activation.
public sealed class RegisterGrain(Referentiedata referentiedata) : Grain, IRegisterGrain
{
    public Task<IReadOnlyList<Gemeente>> GetGemeenten() => Task.FromResult<IReadOnlyList<Gemeente>>([.. referentiedata.Gemeenten]);

    public Task<IReadOnlyList<Samenwerkingsverband>> GetSamenwerkingsverbanden() =>
        Task.FromResult<IReadOnlyList<Samenwerkingsverband>>([.. referentiedata.Samenwerkingsverbanden]);

    public Task<IReadOnlyList<School>> GetScholen() => Task.FromResult<IReadOnlyList<School>>([.. referentiedata.Scholen]);
}
