using Intake.Contracts.Ondersteuning;
using Refit;

namespace Intake.Client;

/// <summary>Typed client for Ondersteuning.Api: trajectories, EED referrals, complex cases and goal progress reports.</summary>
public interface IOndersteuningApi : IAuditApi
{
    [Post("/v1/trajecten")]
    Task<IApiResponse<TrajectAangenomen>> StartTraject([Body] TrajectMelding traject, CancellationToken cancellationToken = default);

    [Post("/v1/trajecten/validaties")]
    Task<IApiResponse<Controle>> ControleerTraject([Body] TrajectMelding traject, CancellationToken cancellationToken = default);

    /// <summary>The school's running trajectories, oldest first; a 400 names <c>brin</c> (not in the register).</summary>
    [Get("/v1/trajecten")]
    Task<IApiResponse<TrajectenWerkvoorraad>> GetTrajectenWerkvoorraad(string brin, CancellationToken cancellationToken = default);

    [Post("/v1/trajecten/{id}/beeindiging")]
    Task<IApiResponse<TrajectAangenomen>> BeeindigTraject(Guid id, [Body] TrajectBeeindiging beeindiging, CancellationToken cancellationToken = default);

    [Post("/v1/eed-verwijzingen")]
    Task<IApiResponse<EedVerwijzingAangenomen>> MeldEedVerwijzing([Body] EedVerwijzingMelding verwijzing, CancellationToken cancellationToken = default);

    [Post("/v1/eed-verwijzingen/validaties")]
    Task<IApiResponse<Controle>> ControleerEedVerwijzing([Body] EedVerwijzingMelding verwijzing, CancellationToken cancellationToken = default);

    /// <summary>The school's referrals waiting for treatment, longest waiting first; a 400 names <c>brin</c> (not in the register).</summary>
    [Get("/v1/eed-verwijzingen")]
    Task<IApiResponse<EedWerkvoorraad>> GetEedWerkvoorraad(string brin, CancellationToken cancellationToken = default);

    [Post("/v1/eed-verwijzingen/{id}/behandelstart")]
    Task<IApiResponse<EedVerwijzingAangenomen>> StartEedBehandeling(Guid id, [Body] EedBehandelstart start, CancellationToken cancellationToken = default);

    [Post("/v1/complexe-casussen")]
    Task<IApiResponse<ComplexeCasusAangenomen>> MeldComplexeCasus([Body] ComplexeCasusMelding casus, CancellationToken cancellationToken = default);

    [Post("/v1/complexe-casussen/validaties")]
    Task<IApiResponse<Controle>> ControleerComplexeCasus([Body] ComplexeCasusMelding casus, CancellationToken cancellationToken = default);

    /// <summary>The municipality's open complex cases, past twelve weeks first, then oldest; a 400 names <c>gemeente</c>.</summary>
    [Get("/v1/complexe-casussen")]
    Task<IApiResponse<ComplexeCasussenWerkvoorraad>> GetComplexeCasussenWerkvoorraad(string gemeente, CancellationToken cancellationToken = default);

    [Post("/v1/complexe-casussen/{id}/casusregisseur")]
    Task<IApiResponse<ComplexeCasusAangenomen>> WijsCasusregisseurToe(Guid id, [Body] CasusregisseurToewijzing toewijzing, CancellationToken cancellationToken = default);

    [Post("/v1/complexe-casussen/{id}/afsluiting")]
    Task<IApiResponse<ComplexeCasusAangenomen>> SluitComplexeCasusAf(Guid id, [Body] CasusAfsluiting afsluiting, CancellationToken cancellationToken = default);

    [Post("/v1/voortgangsrapportages")]
    Task<IApiResponse<RapportAangenomen>> Rapporteer([Body] Voortgangsrapportage rapportage, CancellationToken cancellationToken = default);
}
