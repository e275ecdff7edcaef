using Intake.Client;
using Intake.Contracts.Ondersteuning;
using Microsoft.AspNetCore.Components;
using Ontwikkelagenda.Web.Common;
using Ontwikkelagenda.Web.Melden;
using Refit;

namespace Ontwikkelagenda.Web.Melden.Components;

public sealed partial class LopendeTrajecten
{
    private static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string> { ["einddatum"] = "Einddatum" };

    private DateOnly? einddatum;

    public LopendeTrajecten() : base("trajecten-werkvoorraad")
    {
    }

    [Inject] private IOndersteuningApi Ondersteuning { get; set; } = default!;

    protected override Task<IApiResponse<TrajectenWerkvoorraad>> LeesLijstAsync(string brin, CancellationToken cancellationToken) =>
        Ondersteuning.GetTrajectenWerkvoorraad(brin, cancellationToken);

    protected override void MaakFormulierLeeg() => einddatum = null;

    private async Task<Verzending> BeeindigAsync(Guid meldingId)
    {
        if (Gekozen is not { } traject) return Verzending.Onbereikbaar;
        var antwoord = MeldingAntwoord<TrajectAangenomen>.Van(
            await Ondersteuning.BeeindigTraject(traject.Id, new TrajectBeeindiging(meldingId, einddatum)));
        return Verzending.Van(antwoord, _ =>
            $"Het traject met {traject.AanbiederNaam} (gestart op {DutchFormat.Date(traject.Startdatum)}) is beëindigd per {Invoer.Datum(einddatum)}; het staat niet meer in de lijst.");
    }
}
