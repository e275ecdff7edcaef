using System.Collections.Concurrent;
using Intake.Client;
using Intake.Contracts.Leerplicht;
using Refit;

namespace Ontwikkelagenda.Web.Tests.Melden;

/// <summary>Stands in for Leerplicht.Api: answers through settable functions and keeps what was sent.</summary>
internal sealed class FakeLeerplichtApi : ILeerplichtApi
{
    public ConcurrentQueue<ThuiszitterMelding> Gemeld { get; } = new();
    public ConcurrentQueue<ThuiszitterMelding> Gecontroleerd { get; } = new();

    public Func<ThuiszitterMelding, Task<IApiResponse<ThuiszitterAangenomen>>> Meld { get; set; } =
        _ => DienstAntwoord.Aangenomen(new ThuiszitterAangenomen(Guid.NewGuid()));

    public Func<ThuiszitterMelding, Task<IApiResponse<Controle>>> Controleer { get; set; } =
        _ => DienstAntwoord.Aangenomen(new Controle(true), System.Net.HttpStatusCode.OK);

    public Func<string, ThuiszittersWerkvoorraad> Werkvoorraad { get; set; } =
        gemeente => new ThuiszittersWerkvoorraad(gemeente, new DateOnly(2026, 12, 1), []);

    public Task<IApiResponse<ThuiszitterAangenomen>> MeldThuiszitter(ThuiszitterMelding melding, CancellationToken cancellationToken = default)
    {
        Gemeld.Enqueue(melding);
        return Meld(melding);
    }

    public Task<IApiResponse<Controle>> ControleerThuiszitter(ThuiszitterMelding melding, CancellationToken cancellationToken = default)
    {
        Gecontroleerd.Enqueue(melding);
        return Controleer(melding);
    }

    public Task<ThuiszittersWerkvoorraad> GetWerkvoorraad(string gemeente, DateOnly? peildatum = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(Werkvoorraad(gemeente));

    public Task<IApiResponse<ThuiszitterAangenomen>> Beeindig(Guid id, ThuiszitterBeeindiging beeindiging, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IApiResponse<ThuiszitterAangenomen>> Corrigeer(Guid id, ThuiszitterCorrectie correctie, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IApiResponse<ThuiszitterAangenomen>> TrekIn(Guid id, ThuiszitterIntrekking intrekking, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IApiResponse<ThuiszitterAangenomen>> DraagOver(Guid id, ThuiszitterOverdracht overdracht, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<Thuiszitter> GetThuiszitter(Guid id, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public FakeAudit Audit { get; } = new();

    public Task<AuditPagina> GetAudit(string? subject = null, string? organisatie = null, int? paginaGrootte = null, CancellationToken cancellationToken = default) =>
        Audit.GetAudit(subject, organisatie);
}
