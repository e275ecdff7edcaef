using Intake.Client;

namespace Ontwikkelagenda.Web.Melden.Upload;

/// <summary>A kind of melding that can be uploaded as CSV: its template and how a row is checked and sent.</summary>
public interface IUploadSoort
{
    /// <summary>In the template's file name and the page's choice: thuiszitters, trajecten, eed-verwijzingen, ...</summary>
    string Code { get; }

    string Titel { get; }

    IReadOnlyList<UploadKolom> Kolommen { get; }

    /// <summary>The template's example row, one value per column.</summary>
    IReadOnlyList<string> Voorbeeld { get; }

    /// <summary>The column a service's field error belongs to: <c>casusregisseur.rol</c> is column casusregisseurRol.</summary>
    string KolomVan(string veld);

    /// <summary>The service's check without storing (POST .../validaties): no field errors means it would be accepted.</summary>
    Task<MeldingAntwoord<Controle>> Controleer(UploadRij rij, Guid meldingId, CancellationToken cancellationToken);

    /// <summary>Sends the row; a repeated meldingId gets the stored answer.</summary>
    Task<MeldingAntwoord<object>> Verstuur(UploadRij rij, Guid meldingId, CancellationToken cancellationToken);
}
