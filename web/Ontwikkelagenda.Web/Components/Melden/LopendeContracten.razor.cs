using Microsoft.AspNetCore.Components;
using Intake.Client;
using Intake.Contracts.Inkoop;
using Ontwikkelagenda.Web.Components.Live;
using Ontwikkelagenda.Web.Formatting;
using Ontwikkelagenda.Web.Melden;

namespace Ontwikkelagenda.Web.Components.Melden;

/// <remarks>Read again every <see cref="OverzichtOptions.RefreshInterval"/>, so a contract reported elsewhere shows.</remarks>
public sealed partial class LopendeContracten
{
    private static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string> { ["einddatum"] = "Einddatum" };

    private ElementReference kop;
    private bool kopFocussen;
    private string? gemeente;
    private IReadOnlyList<Contract>? lopend;
    private Contract? gekozen;
    private DateOnly? einddatum;

    [Inject] private IInkoopApi Inkoop { get; set; } = default!;

    [Parameter, EditorRequired] public IReadOnlyList<Keuze> Gemeenten { get; set; } = [];

    protected override async Task OnParametersSetAsync()
    {
        if (gemeente is not null || Gemeenten.Count == 0) return;
        gemeente = Gemeenten[0].Waarde;
        await LaadAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!kopFocussen) return;
        kopFocussen = false;
        await kop.FocusAsync();
    }

    protected override async Task<LeesUitkomst> LeesAsync(CancellationToken pageClosed)
    {
        if (gemeente is null) return LeesUitkomst.Overgeslagen;
        var vandaag = Clock.Today();
        lopend = (await Inkoop.GetContracten(gemeente, pageClosed))
            .Where(c => !c.Beeindigd && !c.Ingetrokken && (c.Einddatum is null || c.Einddatum > vandaag))
            .OrderBy(c => c.AanbiederNaam, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(c => c.Startdatum)
            .ToList();
        return LeesUitkomst.Gelezen;
    }

    private async Task OnGemeenteChangedAsync(ChangeEventArgs e)
    {
        gemeente = e.Value?.ToString();
        gekozen = null;
        await LaadAsync();
    }

    private void Kies(Contract contract)
    {
        gekozen = contract;
        einddatum = null;
        kopFocussen = true;
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
