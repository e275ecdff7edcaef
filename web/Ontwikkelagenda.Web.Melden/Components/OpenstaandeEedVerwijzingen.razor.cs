using Intake.Client;
using Intake.Contracts.Ondersteuning;
using Microsoft.AspNetCore.Components;
using Ontwikkelagenda.Web.Melden;
using Refit;

namespace Ontwikkelagenda.Web.Melden.Components;

public sealed partial class OpenstaandeEedVerwijzingen
{
    private static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string> { ["startdatum"] = "Startdatum" };

    private DateOnly? startdatum;

    public OpenstaandeEedVerwijzingen() : base("eed-werkvoorraad")
    {
    }

    [Inject] private IOndersteuningApi Ondersteuning { get; set; } = default!;

    protected override Task<IApiResponse<EedWerkvoorraad>> LeesLijstAsync(string brin, CancellationToken cancellationToken) =>
        Ondersteuning.GetEedWerkvoorraad(brin, cancellationToken);

    protected override void MaakFormulierLeeg() => startdatum = null;

    private async Task<Verzending> MeldStartAsync(Guid meldingId)
    {
        if (Gekozen is not { } verwijzing) return Verzending.Onbereikbaar;
        var antwoord = MeldingAntwoord<EedVerwijzingAangenomen>.Van(
            await Ondersteuning.StartEedBehandeling(verwijzing.Id, new EedBehandelstart(meldingId, startdatum)));
        return Verzending.Van(antwoord, _ =>
            $"De behandeling van verwijzing {verwijzing.Referentie} is gestart op {Invoer.Datum(startdatum)}; ze staat niet meer in de lijst.");
    }
}
