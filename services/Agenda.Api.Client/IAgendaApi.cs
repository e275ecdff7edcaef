using Ontwikkelagenda.Contracts.Agenda;
using Ontwikkelagenda.Contracts.Referentie;
using Refit;

namespace Agenda.Api.Client;

/// <summary>
/// Typed client for Agenda.Api (/v1), shared by the web front end and the tests. Every <c>peildatum</c> is
/// today (Europe/Amsterdam) when null.
/// </summary>
public interface IAgendaApi
{
    [Get("/v1/regio-overzicht")]
    Task<RegioOverzicht> GetRegioOverzicht([Query(Format = "yyyy-MM-dd")] DateOnly? peildatum = null, CancellationToken cancellationToken = default);

    [Get("/v1/gemeenten")]
    Task<IReadOnlyList<GemeenteInfo>> GetGemeenten(CancellationToken cancellationToken = default);

    [Get("/v1/gemeenten/{code}")]
    Task<GemeenteDetail> GetGemeente(string code, [Query(Format = "yyyy-MM-dd")] DateOnly? peildatum = null, CancellationToken cancellationToken = default);

    [Get("/v1/samenwerkingsverbanden")]
    Task<IReadOnlyList<SwvInfo>> GetSamenwerkingsverbanden(CancellationToken cancellationToken = default);

    [Get("/v1/samenwerkingsverbanden/{code}")]
    Task<SwvDetail> GetSamenwerkingsverband(string code, [Query(Format = "yyyy-MM-dd")] DateOnly? peildatum = null, CancellationToken cancellationToken = default);

    /// <param name="gemeente">Only the schools of this municipality (GM1730).</param>
    /// <param name="zoek">Part of the school's name, or its BRIN.</param>
    [Get("/v1/scholen")]
    Task<IReadOnlyList<SchoolInfo>> GetScholen(string? gemeente = null, string? zoek = null, CancellationToken cancellationToken = default);

    [Get("/v1/scholen/{brin}")]
    Task<SchoolDetail> GetSchool(string brin, [Query(Format = "yyyy-MM-dd")] DateOnly? peildatum = null, CancellationToken cancellationToken = default);

    [Get("/v1/inkoop/vergelijking")]
    Task<InkoopVergelijking> GetInkoopVergelijking([Query(Format = "yyyy-MM-dd")] DateOnly? peildatum = null, CancellationToken cancellationToken = default);

    [Get("/v1/doelen")]
    Task<AgendaDoelen> GetDoelen([Query(Format = "yyyy-MM-dd")] DateOnly? peildatum = null, CancellationToken cancellationToken = default);

    /// <param name="van">First day; the default is twelve months before <paramref name="tot"/>.</param>
    /// <param name="tot">Last day; the default is today.</param>
    /// <param name="niveau">regio (default), gemeente, samenwerkingsverband or school (<see cref="Niveau"/>).</param>
    /// <param name="code">The municipality, SWV or BRIN; not for regio.</param>
    [Get("/v1/doelen/{nummer}/historie")]
    Task<DoelHistorie> GetDoelHistorie(
        int nummer,
        [Query(Format = "yyyy-MM-dd")] DateOnly? van = null,
        [Query(Format = "yyyy-MM-dd")] DateOnly? tot = null,
        string? niveau = null,
        string? code = null,
        CancellationToken cancellationToken = default);

    [Get("/v1/oogo-overleggen")]
    Task<IReadOnlyList<OogoOverleg>> GetOogoOverleggen(CancellationToken cancellationToken = default);

    /// <summary>Per goal what changed between two dates; by default between the last two OOGOs on or before today.</summary>
    [Get("/v1/oogo-overleggen/wijzigingen")]
    Task<OogoWijzigingen> GetOogoWijzigingen(
        [Query(Format = "yyyy-MM-dd")] DateOnly? van = null,
        [Query(Format = "yyyy-MM-dd")] DateOnly? tot = null,
        CancellationToken cancellationToken = default);

    /// <param name="schooljaar">For example 2016-2017; by default the latest school year with benchmarks.</param>
    [Get("/v1/benchmarks")]
    Task<BenchmarkVergelijking> GetBenchmarks(string? schooljaar = null, CancellationToken cancellationToken = default);

    [Get("/v1/rapportcijfers")]
    Task<IReadOnlyList<Rapportcijfer>> GetRapportcijfers(CancellationToken cancellationToken = default);
}
