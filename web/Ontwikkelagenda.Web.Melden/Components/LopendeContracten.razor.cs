using Microsoft.AspNetCore.Components;
using Intake.Client;
using Ontwikkelagenda.Web.Common.Live;
using Ontwikkelagenda.Web.Common;
using Intake.Contracts.Inkoop;
using Ontwikkelagenda.Web.Melden;

namespace Ontwikkelagenda.Web.Melden.Components;

/// <remarks>Read again on every change (<see cref="Wijzigingsstroom"/>), so a contract reported elsewhere shows.</remarks>
public sealed partial class LopendeContracten
{
    private static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string> { ["einddatum"] = "Einddatum" };

    private IReadOnlyList<Contract>? lopend;
    private Contract? gekozen;
    private DateOnly? einddatum;

    [Inject] private IInkoopApi Inkoop { get; set; } = default!;

    protected override async Task<LeesUitkomst> LeesAsync(CancellationToken pageClosed)
    {
        if (Gemeente is null) return LeesUitkomst.Overgeslagen;
        var vandaag = Clock.Today();
        lopend = (await Inkoop.GetContracten(Gemeente, pageClosed))
            .Where(c => !c.Beeindigd && !c.Ingetrokken && (c.Einddatum is null || c.Einddatum > vandaag))
            .OrderBy(c => c.AanbiederNaam, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(c => c.Startdatum)
            .ToList();
        return LeesUitkomst.Gelezen;
    }

    protected override void VergeetKeuze()
    {
        gekozen = null;
    }

    private void Kies(Contract contract)
    {
        gekozen = contract;
        einddatum = null;
        FocusOpFormulier();
    }

    private string ContractantNaam(string contractant) =>
        contractant == "subregio" ? "Subregio" : Keuzes.Label(Gemeenten, contractant);

    private async Task<Verzending> BeeindigAsync(Guid meldingId)
    {
        if (gekozen is not { } contract) return Verzending.Onbereikbaar;
        var antwoord = MeldingAntwoord<ContractAangenomen>.Van(
            await Inkoop.BeeindigContract(contract.Id, new ContractBeeindiging(meldingId, einddatum)));
        return Verzending.Van(antwoord, _ =>
            $"Het contract met {contract.AanbiederNaam} ({contract.SoortZorg}) is beëindigd per {Invoer.Datum(einddatum)}.");
    }
}
