using Intake.Client;
using Refit;

namespace Ontwikkelagenda.Web.Melden.Upload;

/// <summary>An upload kind whose row becomes one <typeparamref name="TMelding"/> for one service.</summary>
public abstract class UploadSoort<TMelding, TAangenomen> : IUploadSoort
{
    public abstract string Code { get; }

    public abstract string Titel { get; }

    public abstract IReadOnlyList<UploadKolom> Kolommen { get; }

    public abstract IReadOnlyList<string> Voorbeeld { get; }

    /// <summary>Most fields are a column of the same name; a kind with nested or listed fields says otherwise.</summary>
    public virtual string KolomVan(string veld) => veld;

    protected abstract TMelding Maak(UploadRij rij, Guid meldingId);

    protected abstract Task<IApiResponse<Controle>> ControleerBijDienst(TMelding melding, CancellationToken cancellationToken);

    protected abstract Task<IApiResponse<TAangenomen>> VerstuurNaarDienst(TMelding melding, CancellationToken cancellationToken);

    public async Task<MeldingAntwoord<Controle>> Controleer(UploadRij rij, Guid meldingId, CancellationToken cancellationToken) =>
        MeldingAntwoord<Controle>.Van(await ControleerBijDienst(Maak(rij, meldingId), cancellationToken));

    public async Task<MeldingAntwoord<object>> Verstuur(UploadRij rij, Guid meldingId, CancellationToken cancellationToken)
    {
        var antwoord = MeldingAntwoord<TAangenomen>.Van(await VerstuurNaarDienst(Maak(rij, meldingId), cancellationToken));
        return new MeldingAntwoord<object>(antwoord.Status, antwoord.Inhoud, antwoord.Veldfouten, antwoord.Probleem);
    }
}
