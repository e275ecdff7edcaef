using System.Collections.Concurrent;
using Intake.Client;
using Intake.Contracts.Inkoop;
using Refit;

namespace Ontwikkelagenda.Web.Tests.Melden;

/// <summary>Stands in for Inkoop.Api: settable providers and contracts, answers through settable functions, keeps what was sent.</summary>
internal sealed class FakeInkoopApi : IInkoopApi
{
    public ConcurrentQueue<ContractMelding> Gesloten { get; } = new();
    public ConcurrentQueue<ContractMelding> Gecontroleerd { get; } = new();

    public ConcurrentQueue<(Guid Id, ContractBeeindiging Beeindiging)> Beeindigd { get; } = new();

    public Func<IReadOnlyList<Aanbieder>> Aanbieders { get; set; } = () => [];

    /// <summary>The contracts that count for a municipality, by its code.</summary>
    public Func<string?, IReadOnlyList<Contract>> Contracten { get; set; } = _ => [];

    public Func<Guid, ContractBeeindiging, Task<IApiResponse<ContractAangenomen>>> Beeindig { get; set; } =
        (id, _) => DienstAntwoord.Aangenomen(new ContractAangenomen(id));

    public Func<ContractMelding, Task<IApiResponse<Controle>>> Controleer { get; set; } =
        _ => DienstAntwoord.Aangenomen(new Controle(true), System.Net.HttpStatusCode.OK);

    public Task<IApiResponse<ContractAangenomen>> SluitContract(ContractMelding contract, CancellationToken cancellationToken = default)
    {
        Gesloten.Enqueue(contract);
        return DienstAntwoord.Aangenomen(new ContractAangenomen(Guid.NewGuid()));
    }

    public Task<IApiResponse<Controle>> ControleerContract(ContractMelding contract, CancellationToken cancellationToken = default)
    {
        Gecontroleerd.Enqueue(contract);
        return Controleer(contract);
    }

    public Task<IReadOnlyList<Aanbieder>> GetAanbieders(CancellationToken cancellationToken = default) => Task.FromResult(Aanbieders());

    public Task<IApiResponse<AanbiederAangenomen>> RegistreerAanbieder(AanbiederRegistratie registratie, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<Contract>> GetContracten(string? gemeente = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(Contracten(gemeente));

    public Task<IApiResponse<ContractAangenomen>> BeeindigContract(Guid id, ContractBeeindiging beeindiging, CancellationToken cancellationToken = default)
    {
        Beeindigd.Enqueue((id, beeindiging));
        return Beeindig(id, beeindiging);
    }

    public FakeAudit Audit { get; } = new();

    public Task<AuditPagina> GetAudit(string? subject = null, string? organisatie = null, int? paginaGrootte = null, CancellationToken cancellationToken = default) =>
        Audit.GetAudit(subject, organisatie);
}
