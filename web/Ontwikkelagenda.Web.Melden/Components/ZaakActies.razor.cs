using Intake.Client;
using Intake.Contracts.Leerplicht;
using Microsoft.AspNetCore.Components;
using Ontwikkelagenda.Web.Common;
using Ontwikkelagenda.Web.Melden;

namespace Ontwikkelagenda.Web.Melden.Components;

public sealed partial class ZaakActies
{
    private static readonly IReadOnlyDictionary<string, string> BeeindigingLabels =
        new Dictionary<string, string> { ["einddatum"] = "Einddatum", ["uitkomst"] = "Uitkomst" };

    private static readonly IReadOnlyDictionary<string, string> OverdrachtLabels =
        new Dictionary<string, string> { ["naarGemeente"] = "Nieuwe woongemeente", ["overdrachtsdatum"] = "Overdrachtsdatum" };

    private static readonly IReadOnlyDictionary<string, string> CorrectieLabels = new Dictionary<string, string>
    {
        ["casusReferentie"] = "Casusreferentie", ["gemeente"] = "Woongemeente", ["soortVerzuim"] = "Soort verzuim",
        ["brin"] = "School (BRIN)", ["startdatum"] = "Startdatum", ["gecorrigeerdeMeldingId"] = "Gecorrigeerde melding",
    };

    private static readonly IReadOnlyDictionary<string, string> IntrekkingLabels =
        new Dictionary<string, string> { ["ingetrokkenMeldingId"] = "Welke melding", ["reden"] = "Reden" };

    private ElementReference kop;
    private Thuiszitter? zaak;
    private bool onbereikbaar;
    private DateOnly? einddatum;
    private string? uitkomst;
    private string? naarGemeente;
    private DateOnly? overdrachtsdatum;
    private Correctie correctie = new();
    private string? ingetrokkenMeldingId;
    private string? reden;

    [Inject] private ILeerplichtApi Leerplicht { get; set; } = default!;

    [Parameter, EditorRequired] public ThuiszitterInWerkvoorraad Zaak { get; set; } = default!;

    [Parameter] public IReadOnlyList<Keuze> Gemeenten { get; set; } = [];

    /// <summary>After an accepted melding: the page reads its worklist again.</summary>
    [Parameter] public EventCallback Gewijzigd { get; set; }

    [Parameter] public EventCallback Gesloten { get; set; }

    private IReadOnlyList<Keuze> AndereGemeenten => Gemeenten.Where(g => g.Waarde != zaak?.Gemeente).ToList();

    /// <summary>The meldingen still in force that can be withdrawn, newest first.</summary>
    private IReadOnlyList<Keuze> InTeTrekken => zaak is null
        ? []
        : zaak.Meldingen.Where(m => m.Geldig && m.Soort is "gemeld" or "beeindigd" or "overgedragen")
            .Reverse()
            .Select(m => new Keuze(m.MeldingId.ToString(), $"{SoortLabel(m.Soort)} van {DutchFormat.Moment(m.OntvangenOp)}"))
            .ToList();

    protected override async Task OnParametersSetAsync()
    {
        if (zaak?.Id == Zaak.Id) return;
        await LaadAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender) await kop.FocusAsync();
    }

    private async Task LaadAsync()
    {
        try
        {
            zaak = await Leerplicht.GetThuiszitter(Zaak.Id);
            onbereikbaar = false;
            correctie = Correctie.Van(zaak);
        }
        catch (Exception e) when (Onbereikbaar.Is(e))
        {
            onbereikbaar = true;
        }
    }

    private async Task<Verzending> BeeindigAsync(Guid meldingId)
    {
        var antwoord = MeldingAntwoord<ThuiszitterAangenomen>.Van(
            await Leerplicht.Beeindig(Zaak.Id, new ThuiszitterBeeindiging(meldingId, einddatum, uitkomst)));
        return Verzending.Van(antwoord, _ =>
            $"Casus {Zaak.CasusReferentie} is beëindigd op {Invoer.Datum(einddatum)}: {Keuzes.Label(Keuzes.Uitkomst, uitkomst)}.");
    }

    private async Task<Verzending> DraagOverAsync(Guid meldingId)
    {
        var antwoord = MeldingAntwoord<ThuiszitterAangenomen>.Van(
            await Leerplicht.DraagOver(Zaak.Id, new ThuiszitterOverdracht(meldingId, naarGemeente, overdrachtsdatum)));
        return Verzending.Van(antwoord, _ =>
            $"Casus {Zaak.CasusReferentie} is overgedragen aan {Keuzes.Label(Gemeenten, naarGemeente)} per {Invoer.Datum(overdrachtsdatum)}; startdatum en termijn blijven.");
    }

    private async Task<Verzending> CorrigeerAsync(Guid meldingId)
    {
        if (zaak?.Meldingen.LastOrDefault(m => m.Geldig && m.Soort == "gemeld") is not { } melding)
            return new Verzending(false, null, Veldfouten.Geen, "De melding van deze zaak is ingetrokken; er is niets meer te corrigeren.");
        var body = new ThuiszitterCorrectie(meldingId, melding.MeldingId, Invoer.Tekst(correctie.CasusReferentie), correctie.Gemeente,
            Invoer.Tekst(correctie.Brin), correctie.SoortVerzuim, correctie.Startdatum);
        var antwoord = MeldingAntwoord<ThuiszitterAangenomen>.Van(await Leerplicht.Corrigeer(Zaak.Id, body));
        return Verzending.Van(antwoord, _ => $"De melding van casus {body.CasusReferentie} is gecorrigeerd.");
    }

    private async Task<Verzending> TrekInAsync(Guid meldingId)
    {
        // Nothing chosen is sent as the empty UUID: the API's 400 then names the field.
        var ingetrokken = Guid.TryParse(ingetrokkenMeldingId, out var gekozen) ? gekozen : Guid.Empty;
        var antwoord = MeldingAntwoord<ThuiszitterAangenomen>.Van(
            await Leerplicht.TrekIn(Zaak.Id, new ThuiszitterIntrekking(meldingId, ingetrokken, Invoer.Tekst(reden))));
        return Verzending.Van(antwoord, _ => $"De {SoortLabel(zaak?.Meldingen.FirstOrDefault(m => m.MeldingId == ingetrokken)?.Soort).ToLowerInvariant()} van casus {Zaak.CasusReferentie} is ingetrokken.");
    }

    private async Task OnGewijzigdAsync()
    {
        einddatum = null;
        uitkomst = null;
        naarGemeente = null;
        overdrachtsdatum = null;
        ingetrokkenMeldingId = null;
        reden = null;
        await LaadAsync();
        await Gewijzigd.InvokeAsync();
    }

    private Task Sluiten() => Gesloten.InvokeAsync();

    private static string SoortLabel(string? soort) => soort switch
    {
        "gemeld" => "Melding",
        "beeindigd" => "Beëindiging",
        "overgedragen" => "Overdracht",
        _ => "Melding",
    };

    /// <summary>The report's values as the correction form edits them, starting from what the case now holds (its municipality as reported, before any transfer).</summary>
    private sealed class Correctie
    {
        public string? CasusReferentie { get; set; }
        public string? Gemeente { get; set; }
        public string? SoortVerzuim { get; set; }
        public string? Brin { get; set; }
        public DateOnly? Startdatum { get; set; }

        public static Correctie Van(Thuiszitter zaak) => new()
        {
            CasusReferentie = zaak.CasusReferentie,
            Gemeente = zaak.GemeenteBijMelding,
            SoortVerzuim = zaak.SoortVerzuim,
            Brin = zaak.Brin,
            Startdatum = zaak.Startdatum,
        };
    }
}
