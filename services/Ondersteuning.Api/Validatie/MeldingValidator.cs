using Ontwikkelagenda.Intake.Validatie;
using System.Text.Json;
using Ondersteuning.Api.ComplexeCasussen;
using Ondersteuning.Api.EedVerwijzingen;
using Ondersteuning.Api.Meldingen;
using Ondersteuning.Api.Trajecten;
using Ondersteuning.Api.Voortgang;
using Ontwikkelagenda.Contracts.Values;

namespace Ondersteuning.Api.Validatie;

/// <summary>
/// Validates every melding of this intake field by field from the raw JSON, so that all wrong fields are
/// reported at once. Messages are Dutch; keys are the JSON names (nested as <c>casusregisseur.rol</c>).
/// A correction carries the same fields as the melding it corrects and is validated as a new one.
/// </summary>
public sealed class MeldingValidator(TimeProvider time, Schoolregister register, AgendaDoelen doelen)
{
    public const int MaxNaam = 200;
    public const int MaxOrganisatie = 200;
    public const int MaxRol = 100;
    public const int MaxToelichting = 1000;
    public const int MaxReden = 500;

    public Validatie<GeldigTraject> ValidateTraject(JsonElement body, params string[] allow) => Run<TrajectMelding, GeldigTraject>(body, allow, velden =>
    {
        var meldingId = velden.MeldingId();
        var (brin, school) = RegisterSchool(velden, "brin");
        var aanbiederId = velden.Uuid("aanbiederId", required: true, "De aanbiederId");
        var aanbiederNaam = velden.Text("aanbiederNaam", MaxNaam);
        var zwaarte = velden.Enum<Zwaarte>("zwaarte", "De zwaarte");
        var kader = velden.Enum<ZorgKader>("kader", "Het kader");
        var startdatum = velden.Date("startdatum", "De startdatum");
        if (velden.Errors.Any) return null;
        return new GeldigTraject(meldingId!.Value, brin!.Value, school!, aanbiederId!.Value, aanbiederNaam!, zwaarte!.Value, kader!.Value, startdatum!.Value);
    });

    /// <param name="startdatum">The trajectory's startdatum when known: the einddatum is the first day it no longer runs, so after it.</param>
    public Validatie<GeldigeDatum> ValidateTrajectBeeindiging(JsonElement body, DateOnly? startdatum, params string[] allow) =>
        Run<TrajectBeeindiging, GeldigeDatum>(body, allow, velden => Datum(velden, "einddatum", "De einddatum", startdatum, strikt: true, "de startdatum van het traject"));

    public Validatie<GeldigeEedVerwijzing> ValidateEedVerwijzing(JsonElement body, params string[] allow) => Run<EedVerwijzingMelding, GeldigeEedVerwijzing>(body, allow, velden =>
    {
        var meldingId = velden.MeldingId();
        var referentie = velden.Referentie("referentie");
        var (brin, school) = RegisterSchool(velden, "brin");
        var verwijsdatum = velden.Date("verwijsdatum", "De verwijsdatum");
        if (velden.Errors.Any) return null;
        return new GeldigeEedVerwijzing(meldingId!.Value, referentie!.Value, brin!.Value, school!, verwijsdatum!.Value);
    });

    /// <param name="verwijsdatum">The referral's date when known: treatment cannot start before it.</param>
    public Validatie<GeldigeDatum> ValidateBehandelstart(JsonElement body, DateOnly? verwijsdatum, params string[] allow) =>
        Run<EedBehandelstart, GeldigeDatum>(body, allow, velden => Datum(velden, "startdatum", "De startdatum", verwijsdatum, strikt: false, "de verwijsdatum"));

    public Validatie<GeldigeComplexeCasus> ValidateComplexeCasus(JsonElement body, params string[] allow) => Run<ComplexeCasusMelding, GeldigeComplexeCasus>(body, allow, velden =>
    {
        var meldingId = velden.MeldingId();
        var referentie = velden.Referentie("referentie");
        var gemeente = velden.Gemeente("gemeente");
        // Routes like a thuiszitter case: a school outside the register (outside the region) is allowed.
        var brin = velden.Brin("brin", required: false);
        var startdatum = velden.Date("startdatum", "De startdatum");
        var zaakId = velden.Uuid("thuiszitterZaakId", required: false, "De thuiszitterZaakId");
        var regisseur = velden.Object<CasusregisseurInvoer, Casusregisseur>("casusregisseur", Casusregisseur);
        if (velden.Errors.Any) return null;
        return new GeldigeComplexeCasus(meldingId!.Value, referentie!.Value, gemeente!.Value, brin, startdatum!.Value, zaakId, regisseur);
    });

    /// <param name="startdatum">The case's startdatum when known: a casusregisseur is assigned on or after it.</param>
    public Validatie<GeldigeToewijzing> ValidateToewijzing(JsonElement body, DateOnly? startdatum, params string[] allow) => Run<CasusregisseurToewijzing, GeldigeToewijzing>(body, allow, velden =>
    {
        var meldingId = velden.MeldingId();
        var regisseur = Casusregisseur(velden);
        var datum = Datum(velden, "datum", "De datum", startdatum, strikt: false, "de startdatum van de casus", readMeldingId: false);
        if (velden.Errors.Any) return null;
        return new GeldigeToewijzing(meldingId!.Value, regisseur!, datum!.Datum);
    });

    /// <param name="startdatum">The case's startdatum when known: the einddatum is the first day it is no longer open, so after it.</param>
    public Validatie<GeldigeDatum> ValidateAfsluiting(JsonElement body, DateOnly? startdatum, params string[] allow) =>
        Run<CasusAfsluiting, GeldigeDatum>(body, allow, velden => Datum(velden, "einddatum", "De einddatum", startdatum, strikt: true, "de startdatum van de casus"));

    public Validatie<GeldigRapport> ValidateRapport(JsonElement body, params string[] allow) => Run<Voortgangsrapportage, GeldigRapport>(body, allow, velden =>
    {
        var meldingId = velden.MeldingId();
        var doel = velden.Integer("doel", required: true);
        if (doel is not null && !doelen.Bestaat(doel.Value))
        {
            velden.Errors.Add("doel", $"Doel {doel} staat niet in de agenda; bestaande doelen: {string.Join(", ", doelen.Nummers.Order())}.");
        }
        var status = velden.Enum<DoelStatus>("status", "De status");
        var toelichting = velden.Text("toelichting", MaxToelichting);
        var datum = velden.Date("datum", "De datum");
        var organisatie = velden.Text("organisatie", MaxOrganisatie);
        var naam = velden.Text("naamRapporteur", MaxNaam);
        var rol = velden.Text("rolRapporteur", MaxRol);
        if (velden.Errors.Any) return null;
        return new GeldigRapport(meldingId!.Value, doel!.Value, status!.Value, toelichting!, datum!.Value, organisatie!, naam!, rol!);
    });

    public Validatie<GeldigeIntrekking> ValidateIntrekking(JsonElement body) => Run<Intrekking, GeldigeIntrekking>(body, [], velden =>
    {
        var meldingId = velden.MeldingId();
        var ingetrokken = velden.Uuid("ingetrokkenMeldingId", required: true, "De ingetrokkenMeldingId");
        var reden = velden.Text("reden", MaxReden);
        if (velden.Errors.Any) return null;
        return new GeldigeIntrekking(meldingId!.Value, ingetrokken!.Value, reden!);
    });

    /// <summary>
    /// The first step of a correction: its own meldingId and the melding it corrects. The other fields
    /// depend on that melding's kind and are validated once it is known.
    /// </summary>
    public Validatie<CorrectieKop> ValidateCorrectieKop(JsonElement body)
    {
        // Only the head: which other fields the correction may carry depends on the melding it corrects.
        var velden = new Velden(body, null, time);
        var meldingId = velden.MeldingId();
        var gecorrigeerd = velden.Uuid("gecorrigeerdeMeldingId", required: true, "De gecorrigeerdeMeldingId");
        return velden.Errors.Any
            ? new(null, velden.Errors.ToDictionary())
            : new(new CorrectieKop(meldingId!.Value, gecorrigeerd!.Value), velden.Errors.ToDictionary());
    }

    /// <param name="allow">Fields besides those of <typeparamref name="TVerzoek"/>, e.g. the gecorrigeerdeMeldingId of a correction.</param>
    private Validatie<T> Run<TVerzoek, T>(JsonElement body, string[] allow, Func<Velden, T?> read) where T : class
    {
        var bekend = allow.Length == 0 ? Verzoekvelden.Van<TVerzoek>() : Verzoekvelden.Van<TVerzoek>().Union(allow).ToHashSet();
        var velden = new Velden(body, bekend, time);
        var value = read(velden);
        return velden.Errors.Any ? new(null, velden.Errors.ToDictionary()) : new(value, velden.Errors.ToDictionary());
    }

    private (Brin?, string?) RegisterSchool(Velden velden, string field)
    {
        var brin = velden.Brin(field, required: true);
        if (brin is null) return (null, null);
        if (register.School(brin.Value) is { } school) return (brin, school.Naam);
        velden.Errors.Add(field, $"De school {brin} staat niet in het register van regio 22.01.");
        return (null, null);
    }

    private static Casusregisseur? Casusregisseur(Velden velden)
    {
        var rol = velden.Text("rol", MaxRol);
        var organisatie = velden.Text("organisatie", MaxOrganisatie);
        return rol is null || organisatie is null ? null : new Casusregisseur(rol, organisatie);
    }

    private static GeldigeDatum? Datum(Velden velden, string field, string label, DateOnly? ondergrens, bool strikt, string ondergrensLabel, bool readMeldingId = true)
    {
        var meldingId = readMeldingId ? velden.MeldingId() : Guid.Empty;
        var datum = velden.Date(field, label);
        if (datum is not null && ondergrens is { } grens && (strikt ? datum <= grens : datum < grens))
        {
            velden.Errors.Add(field, strikt
                ? $"{label} ligt na {ondergrensLabel} ({grens:yyyy-MM-dd})."
                : $"{label} ligt niet voor {ondergrensLabel} ({grens:yyyy-MM-dd}).");
            return null;
        }
        return meldingId is null || datum is null ? null : new GeldigeDatum(meldingId.Value, datum.Value);
    }
}
