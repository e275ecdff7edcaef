using Intake.Contracts.Leerplicht;
using Refit;

namespace Intake.Client;

/// <summary>
/// Typed client for Leerplicht.Api (/v1/thuiszitters). The POSTs answer <see cref="IApiResponse{T}"/> so that a caller
/// reads a 400's field errors (<see cref="MeldingAntwoord"/>) instead of catching exceptions.
/// </summary>
public interface ILeerplichtApi : IAuditApi
{
    [Post("/v1/thuiszitters")]
    Task<IApiResponse<ThuiszitterAangenomen>> MeldThuiszitter([Body] ThuiszitterMelding melding, CancellationToken cancellationToken = default);

    /// <summary>Checks a report as <see cref="MeldThuiszitter"/> would, storing nothing.</summary>
    [Post("/v1/thuiszitters/validaties")]
    Task<IApiResponse<Controle>> ControleerThuiszitter([Body] ThuiszitterMelding melding, CancellationToken cancellationToken = default);

    [Post("/v1/thuiszitters/{id}/beeindiging")]
    Task<IApiResponse<ThuiszitterAangenomen>> Beeindig(Guid id, [Body] ThuiszitterBeeindiging beeindiging, CancellationToken cancellationToken = default);

    [Post("/v1/thuiszitters/{id}/correcties")]
    Task<IApiResponse<ThuiszitterAangenomen>> Corrigeer(Guid id, [Body] ThuiszitterCorrectie correctie, CancellationToken cancellationToken = default);

    [Post("/v1/thuiszitters/{id}/intrekkingen")]
    Task<IApiResponse<ThuiszitterAangenomen>> TrekIn(Guid id, [Body] ThuiszitterIntrekking intrekking, CancellationToken cancellationToken = default);

    [Post("/v1/thuiszitters/{id}/overdrachten")]
    Task<IApiResponse<ThuiszitterAangenomen>> DraagOver(Guid id, [Body] ThuiszitterOverdracht overdracht, CancellationToken cancellationToken = default);

    [Get("/v1/thuiszitters/{id}")]
    Task<Thuiszitter> GetThuiszitter(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The municipality's open cases at the peildatum (default today), overdue first, then oldest first.</summary>
    [Get("/v1/thuiszitters")]
    Task<ThuiszittersWerkvoorraad> GetWerkvoorraad(string gemeente, [Query(Format = "yyyy-MM-dd")] DateOnly? peildatum = null, CancellationToken cancellationToken = default);
}
