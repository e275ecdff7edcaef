using System.Collections.Concurrent;
using Intake.Client;
using Intake.Contracts.Ondersteuning;
using Refit;

namespace Ontwikkelagenda.Web.Tests.Melden;

/// <summary>
/// Stands in for Ondersteuning.Api's trajectories, complex cases and EED referrals: answers the check, the worklists and the follow-ups
/// through settable functions, keeps what was sent.
/// </summary>
internal sealed class FakeOndersteuningApi : IOndersteuningApi
{
    public ConcurrentQueue<ComplexeCasusMelding> Gemeld { get; } = new();
    public ConcurrentQueue<ComplexeCasusMelding> Gecontroleerd { get; } = new();
    public ConcurrentQueue<(Guid Id, EedBehandelstart Start)> Behandelstarts { get; } = new();
    public ConcurrentQueue<(Guid Id, TrajectBeeindiging Beeindiging)> Trajectbeeindigingen { get; } = new();
    public ConcurrentQueue<(Guid Id, CasusregisseurToewijzing Toewijzing)> Toewijzingen { get; } = new();
    public ConcurrentQueue<(Guid Id, CasusAfsluiting Afsluiting)> Afsluitingen { get; } = new();

    public Func<string, Task<IApiResponse<EedWerkvoorraad>>> EedWerkvoorraad { get; set; } =
        brin => DienstAntwoord.Aangenomen(new EedWerkvoorraad(brin, new DateOnly(2026, 12, 1), []), System.Net.HttpStatusCode.OK);

    public Func<string, Task<IApiResponse<TrajectenWerkvoorraad>>> TrajectenWerkvoorraad { get; set; } =
        brin => DienstAntwoord.Aangenomen(new TrajectenWerkvoorraad(brin, new DateOnly(2026, 12, 1), []), System.Net.HttpStatusCode.OK);

    public Func<string, Task<IApiResponse<ComplexeCasussenWerkvoorraad>>> CasussenWerkvoorraad { get; set; } =
        gemeente => DienstAntwoord.Aangenomen(new ComplexeCasussenWerkvoorraad(gemeente, new DateOnly(2026, 12, 1), []), System.Net.HttpStatusCode.OK);

    public Func<Guid, EedBehandelstart, Task<IApiResponse<EedVerwijzingAangenomen>>> StartBehandeling { get; set; } =
        (id, _) => DienstAntwoord.Aangenomen(new EedVerwijzingAangenomen(id));

    public Func<Guid, TrajectBeeindiging, Task<IApiResponse<TrajectAangenomen>>> BeeindigTrajectAntwoord { get; set; } =
        (id, _) => DienstAntwoord.Aangenomen(new TrajectAangenomen(id));

    public Func<Guid, CasusregisseurToewijzing, Task<IApiResponse<ComplexeCasusAangenomen>>> WijsToe { get; set; } =
        (id, _) => DienstAntwoord.Aangenomen(new ComplexeCasusAangenomen(id));

    public Func<Guid, CasusAfsluiting, Task<IApiResponse<ComplexeCasusAangenomen>>> SluitAf { get; set; } =
        (id, _) => DienstAntwoord.Aangenomen(new ComplexeCasusAangenomen(id));

    public Func<ComplexeCasusMelding, Task<IApiResponse<Controle>>> Controleer { get; set; } =
        _ => DienstAntwoord.Aangenomen(new Controle(true), System.Net.HttpStatusCode.OK);

    public Task<IApiResponse<ComplexeCasusAangenomen>> MeldComplexeCasus(ComplexeCasusMelding casus, CancellationToken cancellationToken = default)
    {
        Gemeld.Enqueue(casus);
        return DienstAntwoord.Aangenomen(new ComplexeCasusAangenomen(Guid.NewGuid()));
    }

    public Task<IApiResponse<Controle>> ControleerComplexeCasus(ComplexeCasusMelding casus, CancellationToken cancellationToken = default)
    {
        Gecontroleerd.Enqueue(casus);
        return Controleer(casus);
    }

    public Task<IApiResponse<EedWerkvoorraad>> GetEedWerkvoorraad(string brin, CancellationToken cancellationToken = default) =>
        EedWerkvoorraad(brin);

    public Task<IApiResponse<EedVerwijzingAangenomen>> StartEedBehandeling(Guid id, EedBehandelstart start, CancellationToken cancellationToken = default)
    {
        Behandelstarts.Enqueue((id, start));
        return StartBehandeling(id, start);
    }

    public Task<IApiResponse<TrajectenWerkvoorraad>> GetTrajectenWerkvoorraad(string brin, CancellationToken cancellationToken = default) =>
        TrajectenWerkvoorraad(brin);

    public Task<IApiResponse<TrajectAangenomen>> BeeindigTraject(Guid id, TrajectBeeindiging beeindiging, CancellationToken cancellationToken = default)
    {
        Trajectbeeindigingen.Enqueue((id, beeindiging));
        return BeeindigTrajectAntwoord(id, beeindiging);
    }

    public Task<IApiResponse<ComplexeCasussenWerkvoorraad>> GetComplexeCasussenWerkvoorraad(string gemeente, CancellationToken cancellationToken = default) =>
        CasussenWerkvoorraad(gemeente);

    public Task<IApiResponse<ComplexeCasusAangenomen>> WijsCasusregisseurToe(Guid id, CasusregisseurToewijzing toewijzing, CancellationToken cancellationToken = default)
    {
        Toewijzingen.Enqueue((id, toewijzing));
        return WijsToe(id, toewijzing);
    }

    public Task<IApiResponse<ComplexeCasusAangenomen>> SluitComplexeCasusAf(Guid id, CasusAfsluiting afsluiting, CancellationToken cancellationToken = default)
    {
        Afsluitingen.Enqueue((id, afsluiting));
        return SluitAf(id, afsluiting);
    }

    public Task<IApiResponse<TrajectAangenomen>> StartTraject(TrajectMelding traject, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IApiResponse<Controle>> ControleerTraject(TrajectMelding traject, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IApiResponse<EedVerwijzingAangenomen>> MeldEedVerwijzing(EedVerwijzingMelding verwijzing, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IApiResponse<Controle>> ControleerEedVerwijzing(EedVerwijzingMelding verwijzing, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IApiResponse<RapportAangenomen>> Rapporteer(Voortgangsrapportage rapportage, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public FakeAudit Audit { get; } = new();

    public Task<AuditPagina> GetAudit(string? subject = null, string? organisatie = null, int? paginaGrootte = null, CancellationToken cancellationToken = default) =>
        Audit.GetAudit(subject, organisatie);
}
