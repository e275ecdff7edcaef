using Refit;

namespace Ontwikkelagenda.Agenda.Client;

/// <summary>Typed client for Agenda.Api (/v1), shared by the web front end and the tests.</summary>
public interface IAgendaApi
{
    /// <param name="peildatum">Reference date; today (Europe/Amsterdam) when null.</param>
    [Get("/v1/regio-overzicht")]
    Task<RegioOverzicht> GetRegioOverzicht([Query(Format = "yyyy-MM-dd")] DateOnly? peildatum = null, CancellationToken cancellationToken = default);

    [Get("/v1/gemeenten/{code}")]
    Task<GemeenteDetail> GetGemeente(string code, [Query(Format = "yyyy-MM-dd")] DateOnly? peildatum = null, CancellationToken cancellationToken = default);

    [Get("/v1/scholen")]
    Task<IReadOnlyList<SchoolInfo>> GetScholen(string? gemeente = null, CancellationToken cancellationToken = default);

    [Get("/v1/scholen/{brin}")]
    Task<SchoolDetail> GetSchool(string brin, [Query(Format = "yyyy-MM-dd")] DateOnly? peildatum = null, CancellationToken cancellationToken = default);
}
