using Intake.Contracts.Inkoop;
using Refit;

namespace Intake.Client;

/// <summary>Typed client for Inkoop.Api: care providers and their contracts.</summary>
public interface IInkoopApi : IAuditApi
{
    [Post("/v1/aanbieders")]
    Task<IApiResponse<AanbiederAangenomen>> RegistreerAanbieder([Body] AanbiederRegistratie registratie, CancellationToken cancellationToken = default);

    [Get("/v1/aanbieders")]
    Task<IReadOnlyList<Aanbieder>> GetAanbieders(CancellationToken cancellationToken = default);

    [Post("/v1/contracten")]
    Task<IApiResponse<ContractAangenomen>> SluitContract([Body] ContractMelding contract, CancellationToken cancellationToken = default);

    /// <summary>Checks a contract as <see cref="SluitContract"/> would, storing nothing.</summary>
    [Post("/v1/contracten/validaties")]
    Task<IApiResponse<Controle>> ControleerContract([Body] ContractMelding contract, CancellationToken cancellationToken = default);

    [Post("/v1/contracten/{id}/beeindiging")]
    Task<IApiResponse<ContractAangenomen>> BeeindigContract(Guid id, [Body] ContractBeeindiging beeindiging, CancellationToken cancellationToken = default);

    /// <param name="gemeente">Only the contracts that count for this municipality (its own and the subregion's).</param>
    [Get("/v1/contracten")]
    Task<IReadOnlyList<Contract>> GetContracten(string? gemeente = null, CancellationToken cancellationToken = default);
}
