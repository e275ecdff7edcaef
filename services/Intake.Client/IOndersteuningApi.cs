using Refit;

namespace Ontwikkelagenda.Intake.Client;

/// <summary>Typed client for Ondersteuning.Api: trajectories, EED referrals, complex cases and goal progress reports.</summary>
public interface IOndersteuningApi
{
    [Post("/v1/trajecten")]
    Task<IApiResponse<TrajectAangenomen>> StartTraject([Body] TrajectMelding traject, CancellationToken cancellationToken = default);

    [Post("/v1/trajecten/validaties")]
    Task<IApiResponse<Controle>> ControleerTraject([Body] TrajectMelding traject, CancellationToken cancellationToken = default);

    [Post("/v1/eed-verwijzingen")]
    Task<IApiResponse<EedVerwijzingAangenomen>> MeldEedVerwijzing([Body] EedVerwijzingMelding verwijzing, CancellationToken cancellationToken = default);

    [Post("/v1/eed-verwijzingen/validaties")]
    Task<IApiResponse<Controle>> ControleerEedVerwijzing([Body] EedVerwijzingMelding verwijzing, CancellationToken cancellationToken = default);

    [Post("/v1/complexe-casussen")]
    Task<IApiResponse<ComplexeCasusAangenomen>> MeldComplexeCasus([Body] ComplexeCasusMelding casus, CancellationToken cancellationToken = default);

    [Post("/v1/complexe-casussen/validaties")]
    Task<IApiResponse<Controle>> ControleerComplexeCasus([Body] ComplexeCasusMelding casus, CancellationToken cancellationToken = default);

    [Post("/v1/voortgangsrapportages")]
    Task<IApiResponse<RapportAangenomen>> Rapporteer([Body] Voortgangsrapportage rapportage, CancellationToken cancellationToken = default);
}
