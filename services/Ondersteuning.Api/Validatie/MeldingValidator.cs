using System.Text.Json;
using Intake.Contracts.Meldingen;
using Intake.Contracts.Ondersteuning;
using Ondersteuning.Api.ComplexeCasussen;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.Intake.Validatie;

namespace Ondersteuning.Api.Validatie;

/// <summary>
/// Reads every melding of this intake with the intakes' one reader (<see cref="Verzoeklezer"/>): each request record
/// declares its fields' rules; the register, the agenda's goals and the dates of what a melding follows are checked here,
/// after them. A correction carries the same fields as the melding it corrects and is read as a new one.
/// </summary>
public sealed class MeldingValidator(VeldLezerFactory lezers, Schoolregister register, AgendaDoelen doelen)
{
    private readonly Verzoeklezer lezer = new(lezers);

    public Validatie<GeldigTraject> ValidateTraject(JsonElement body, params string[] allow)
    {
        var gelezen = Lees<TrajectMelding>(body, allow);
        var school = RegisterSchool(gelezen.Verzoek.Brin, gelezen.Errors);
        return gelezen.Naar(t => new GeldigTraject(t.MeldingId!.Value, Brin.Parse(t.Brin!), school!, t.AanbiederId!.Value, t.AanbiederNaam!,
            JsonEnumNames<Zwaarte>.Parse(t.Zwaarte), JsonEnumNames<ZorgKader>.Parse(t.Kader), t.Startdatum!.Value));
    }

    /// <param name="startdatum">The trajectory's startdatum when known: the einddatum is the first day it no longer runs, so after it.</param>
    public Validatie<GeldigeDatum> ValidateTrajectBeeindiging(JsonElement body, DateOnly? startdatum, params string[] allow)
    {
        var gelezen = Lees<TrajectBeeindiging>(body, allow);
        NaGrens(gelezen.Errors, "einddatum", "De einddatum", gelezen.Verzoek.Einddatum, startdatum, strikt: true, "de startdatum van het traject");
        return gelezen.Naar(b => new GeldigeDatum(b.MeldingId!.Value, b.Einddatum!.Value));
    }

    public Validatie<GeldigeEedVerwijzing> ValidateEedVerwijzing(JsonElement body, params string[] allow)
    {
        var gelezen = Lees<EedVerwijzingMelding>(body, allow);
        var school = RegisterSchool(gelezen.Verzoek.Brin, gelezen.Errors);
        return gelezen.Naar(v => new GeldigeEedVerwijzing(v.MeldingId!.Value, Referentie(v.Referentie!), Brin.Parse(v.Brin!), school!, v.Verwijsdatum!.Value));
    }

    /// <param name="verwijsdatum">The referral's date when known: treatment cannot start before it.</param>
    public Validatie<GeldigeDatum> ValidateBehandelstart(JsonElement body, DateOnly? verwijsdatum, params string[] allow)
    {
        var gelezen = Lees<EedBehandelstart>(body, allow);
        NaGrens(gelezen.Errors, "startdatum", "De startdatum", gelezen.Verzoek.Startdatum, verwijsdatum, strikt: false, "de verwijsdatum");
        return gelezen.Naar(s => new GeldigeDatum(s.MeldingId!.Value, s.Startdatum!.Value));
    }

    /// <summary>Routes like a thuiszitter case: a school outside the register (outside the region) is allowed.</summary>
    public Validatie<GeldigeComplexeCasus> ValidateComplexeCasus(JsonElement body, params string[] allow) =>
        Lees<ComplexeCasusMelding>(body, allow).Naar(c => new GeldigeComplexeCasus(c.MeldingId!.Value, Referentie(c.Referentie!),
            GemeenteCode.Parse(c.Gemeente!), c.Brin is null ? null : Brin.Parse(c.Brin), c.Startdatum!.Value, c.ThuiszitterZaakId,
            c.Casusregisseur is { } regisseur ? new Casusregisseur(regisseur.Rol!, regisseur.Organisatie!) : null));

    /// <param name="startdatum">The case's startdatum when known: a casusregisseur is assigned on or after it.</param>
    public Validatie<GeldigeToewijzing> ValidateToewijzing(JsonElement body, DateOnly? startdatum, params string[] allow)
    {
        var gelezen = Lees<CasusregisseurToewijzing>(body, allow);
        NaGrens(gelezen.Errors, "datum", "De datum", gelezen.Verzoek.Datum, startdatum, strikt: false, "de startdatum van de casus");
        return gelezen.Naar(t => new GeldigeToewijzing(t.MeldingId!.Value, new Casusregisseur(t.Rol!, t.Organisatie!), t.Datum!.Value));
    }

    /// <param name="startdatum">The case's startdatum when known: the einddatum is the first day it is no longer open, so after it.</param>
    public Validatie<GeldigeDatum> ValidateAfsluiting(JsonElement body, DateOnly? startdatum, params string[] allow)
    {
        var gelezen = Lees<CasusAfsluiting>(body, allow);
        NaGrens(gelezen.Errors, "einddatum", "De einddatum", gelezen.Verzoek.Einddatum, startdatum, strikt: true, "de startdatum van de casus");
        return gelezen.Naar(a => new GeldigeDatum(a.MeldingId!.Value, a.Einddatum!.Value));
    }

    public Validatie<GeldigRapport> ValidateRapport(JsonElement body, params string[] allow)
    {
        var gelezen = Lees<Voortgangsrapportage>(body, allow);
        if (gelezen.Verzoek.Doel is { } doel && !doelen.Bestaat(doel))
            gelezen.Errors.Add("doel", $"Doel {doel} staat niet in de agenda; bestaande doelen: {string.Join(", ", doelen.Nummers.Order())}.");
        return gelezen.Naar(r => new GeldigRapport(r.MeldingId!.Value, r.Doel!.Value, JsonEnumNames<DoelStatus>.Parse(r.Status), r.Toelichting!,
            r.Datum!.Value, r.NaamRapporteur!, r.RolRapporteur!));
    }

    public Validatie<GeldigeIntrekking> ValidateIntrekking(JsonElement body) => lezer.Lees<Intrekking>(body).Naar(GeldigeIntrekking.Van);

    /// <summary>
    /// The first step of a correction: its own meldingId and the melding it corrects. The other fields
    /// depend on that melding's kind and are validated once it is known.
    /// </summary>
    public Validatie<CorrectieKop> ValidateCorrectieKop(JsonElement body)
    {
        // Only the head: which other fields the correction may carry depends on the melding it corrects.
        var velden = lezers.Lees(body, bekend: null);
        var meldingId = velden.MeldingId();
        var gecorrigeerd = velden.Id("gecorrigeerdeMeldingId", "De gecorrigeerdeMeldingId is een UUID, bijvoorbeeld 3f2b8c1e-6d4a-4f0e-9b7a-2c5d8e1f0a3b.");
        return Validatie<CorrectieKop>.Van(velden, () => new CorrectieKop(meldingId!.Value, gecorrigeerd!.Value));
    }

    /// <param name="allow">Fields besides those of <typeparamref name="TVerzoek"/>, e.g. the gecorrigeerdeMeldingId of a correction.</param>
    private Gelezen<TVerzoek> Lees<TVerzoek>(JsonElement body, string[] allow) where TVerzoek : class =>
        lezer.Lees<TVerzoek>(body, allow.Length == 0 ? Verzoekvelden.Van<TVerzoek>() : Verzoekvelden.Van<TVerzoek>().Union(allow).ToHashSet());

    /// <summary>The register's name of a well-formed BRIN; an error when the school is not in the register.</summary>
    private string? RegisterSchool(string? brin, FieldErrors errors)
    {
        if (brin is null) return null;
        if (register.School(Brin.Parse(brin)) is { } school) return school.Naam;
        errors.Add("brin", $"De school {brin} staat niet in het register van regio 22.01.");
        return null;
    }

    /// <summary>A date that must follow (<paramref name="strikt"/>) or not precede the date of what it follows.</summary>
    private static void NaGrens(FieldErrors errors, string field, string label, DateOnly? datum, DateOnly? ondergrens, bool strikt, string ondergrensLabel)
    {
        if (datum is null || ondergrens is not { } grens || (strikt ? datum > grens : datum >= grens)) return;
        errors.Add(field, strikt
            ? $"{label} ligt na {ondergrensLabel} ({grens:yyyy-MM-dd})."
            : $"{label} ligt niet voor {ondergrensLabel} ({grens:yyyy-MM-dd}).");
    }

    /// <summary>A reference its rule accepted.</summary>
    private static CasusReferentie Referentie(string tekst) =>
        CasusReferentie.TryParse(tekst, out var referentie, out _) ? referentie : throw new InvalidOperationException("De referentie is niet gecontroleerd.");
}
