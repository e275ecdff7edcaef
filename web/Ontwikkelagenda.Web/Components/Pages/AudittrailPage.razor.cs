using System.Net;
using Intake.Client;
using Microsoft.AspNetCore.Components;
using Ontwikkelagenda.Web.Common;

namespace Ontwikkelagenda.Web.Components.Pages;

/// <summary>
/// The audit trails of the three intake services (GET /v1/audit), for the functionaris gegevensbescherming: the newest
/// entries of each, filtered by subject and organisation. A service that does not answer is named, the others still show.
/// </summary>
public sealed partial class AudittrailPage
{
    internal const int Aantal = 100;

    private IReadOnlyList<Dienstlijst>? diensten;

    [SupplyParameterFromQuery(Name = "subject")]
    public string? Subject { get; set; }

    [SupplyParameterFromQuery(Name = "organisatie")]
    public string? Organisatie { get; set; }

    [Inject] private ILeerplichtApi Leerplicht { get; set; } = default!;
    [Inject] private IOndersteuningApi Ondersteuning { get; set; } = default!;
    [Inject] private IInkoopApi Inkoop { get; set; } = default!;
    [Inject] private ILogger<AudittrailPage> Logger { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        diensten = null;
        var subject = string.IsNullOrWhiteSpace(Subject) ? null : Subject.Trim();
        var organisatie = string.IsNullOrWhiteSpace(Organisatie) ? null : Organisatie.Trim();
        diensten = await Task.WhenAll(
            LeesAsync("leerplicht", "Leerplicht (thuiszitters)", Leerplicht, subject, organisatie),
            LeesAsync("ondersteuning", "Ondersteuning (trajecten, EED-verwijzingen, complexe casussen, voortgang)", Ondersteuning, subject, organisatie),
            LeesAsync("inkoop", "Inkoop (aanbieders en contracten)", Inkoop, subject, organisatie));
    }

    private async Task<Dienstlijst> LeesAsync(string sleutel, string naam, IAuditApi api, string? subject, string? organisatie)
    {
        try
        {
            return new Dienstlijst(sleutel, naam, (await api.GetAudit(subject, organisatie, Aantal)).Regels, null);
        }
        catch (Refit.ApiException exception) when (exception.StatusCode == HttpStatusCode.BadRequest)
        {
            return new Dienstlijst(sleutel, naam, null, "Het filter klopt niet: de organisatie is soort:code, bijvoorbeeld gemeente:GM1730.");
        }
        catch (Exception exception) when (Onbereikbaar.Is(exception))
        {
            Logger.LogWarning(exception, "Audit trail of {Dienst} could not be read", sleutel);
            return new Dienstlijst(sleutel, naam, null, "De audittrail van deze dienst is nu niet te lezen; de dienst is niet bereikbaar. Probeer het zo opnieuw.");
        }
    }

    /// <summary>The answer's status in words, with its number.</summary>
    internal static string Antwoord(int status) => status switch
    {
        >= 200 and < 300 => $"gelukt ({status})",
        401 => $"niet aangemeld ({status})",
        403 => $"geweigerd ({status})",
        404 => $"niet gevonden ({status})",
        >= 400 and < 500 => $"afgewezen ({status})",
        _ => $"fout in de dienst ({status})",
    };

    private sealed record Dienstlijst(string Sleutel, string Naam, IReadOnlyList<AuditRegel>? Regels, string? Fout);
}
