using Intake.Contracts.Meldingen;
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
/// Validates every melding of this intake field by field with the intake's field reader (<see cref="VeldLezer"/>), so
/// that all wrong fields are reported at once. Messages are Dutch; keys are the JSON names (nested as <c>casusregisseur.rol</c>).
/// A correction carries the same fields as the melding it corrects and is validated as a new one.
/// </summary>
public sealed class MeldingValidator(VeldLezerFactory lezers, Schoolregister register, AgendaDoelen doelen)
{
    public const int MaxNaam = 200;
    public const int MaxOrganisatie = 200;
    public const int MaxRol = 100;
    public const int MaxToelichting = 1000;

    public Validatie<GeldigTraject> ValidateTraject(JsonElement body, params string[] allow) => Run<TrajectMelding, GeldigTraject>(body, allow, velden =>
    {
        var meldingId = velden.MeldingId();
        var (brin, school) = RegisterSchool(velden, "brin");
        var aanbiederId = velden.Id("aanbiederId", "De aanbiederId is een UUID, bijvoorbeeld 3f2b8c1e-6d4a-4f0e-9b7a-2c5d8e1f0a3b.");
        var aanbiederNaam = velden.VrijeTekst("aanbiederNaam", MaxNaam);
        var zwaarte = velden.Keuze<Zwaarte>("zwaarte", "De zwaarte");
        var kader = velden.Keuze<ZorgKader>("kader", "Het kader");
        var startdatum = velden.Datum("startdatum", "De startdatum");
        if (velden.Any) return null;
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
        var verwijsdatum = velden.Datum("verwijsdatum", "De verwijsdatum");
        if (velden.Any) return null;
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
        var brin = velden.Brin("brin", verplicht: false);
        var startdatum = velden.Datum("startdatum", "De startdatum");
        var zaakId = velden.Id("thuiszitterZaakId", "De thuiszitterZaakId is een UUID, bijvoorbeeld 3f2b8c1e-6d4a-4f0e-9b7a-2c5d8e1f0a3b.", verplicht: false);
        var regisseur = velden.Object<CasusregisseurInvoer, Casusregisseur>("casusregisseur", Casusregisseur);
        if (velden.Any) return null;
        return new GeldigeComplexeCasus(meldingId!.Value, referentie!.Value, gemeente!.Value, brin, startdatum!.Value, zaakId, regisseur);
    });

    /// <param name="startdatum">The case's startdatum when known: a casusregisseur is assigned on or after it.</param>
    public Validatie<GeldigeToewijzing> ValidateToewijzing(JsonElement body, DateOnly? startdatum, params string[] allow) => Run<CasusregisseurToewijzing, GeldigeToewijzing>(body, allow, velden =>
    {
        var meldingId = velden.MeldingId();
        var regisseur = Casusregisseur(velden);
        var datum = Datum(velden, "datum", "De datum", startdatum, strikt: false, "de startdatum van de casus", readMeldingId: false);
        if (velden.Any) return null;
        return new GeldigeToewijzing(meldingId!.Value, regisseur!, datum!.Datum);
    });

    /// <param name="startdatum">The case's startdatum when known: the einddatum is the first day it is no longer open, so after it.</param>
    public Validatie<GeldigeDatum> ValidateAfsluiting(JsonElement body, DateOnly? startdatum, params string[] allow) =>
        Run<CasusAfsluiting, GeldigeDatum>(body, allow, velden => Datum(velden, "einddatum", "De einddatum", startdatum, strikt: true, "de startdatum van de casus"));

    public Validatie<GeldigRapport> ValidateRapport(JsonElement body, params string[] allow) => Run<Voortgangsrapportage, GeldigRapport>(body, allow, velden =>
    {
        var meldingId = velden.MeldingId();
        var doel = velden.Getal("doel");
        if (doel is not null && !doelen.Bestaat(doel.Value))
        {
            velden.Errors.Add("doel", $"Doel {doel} staat niet in de agenda; bestaande doelen: {string.Join(", ", doelen.Nummers.Order())}.");
        }
        var status = velden.Keuze<DoelStatus>("status", "De status");
        var toelichting = velden.VrijeTekst("toelichting", MaxToelichting, meerRegels: true);
        var datum = velden.Datum("datum", "De datum");
        var organisatie = velden.VrijeTekst("organisatie", MaxOrganisatie);
        var naam = velden.VrijeTekst("naamRapporteur", MaxNaam);
        var rol = velden.VrijeTekst("rolRapporteur", MaxRol);
        if (velden.Any) return null;
        return new GeldigRapport(meldingId!.Value, doel!.Value, status!.Value, toelichting!, datum!.Value, organisatie!, naam!, rol!);
    });

    public Validatie<GeldigeIntrekking> ValidateIntrekking(JsonElement body) => Run<Intrekking, GeldigeIntrekking>(body, [], GeldigeIntrekking.Lees);

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
    private Validatie<T> Run<TVerzoek, T>(JsonElement body, string[] allow, Func<VeldLezer, T?> read) where T : class
    {
        var bekend = allow.Length == 0 ? Verzoekvelden.Van<TVerzoek>() : Verzoekvelden.Van<TVerzoek>().Union(allow).ToHashSet();
        var velden = lezers.Lees(body, bekend);
        var value = read(velden);
        return Validatie<T>.Van(velden, () => value!);
    }

    private (Brin?, string?) RegisterSchool(VeldLezer velden, string field)
    {
        var brin = velden.Brin(field);
        if (brin is null) return (null, null);
        if (register.School(brin.Value) is { } school) return (brin, school.Naam);
        velden.Errors.Add(field, $"De school {brin} staat niet in het register van regio 22.01.");
        return (null, null);
    }

    private static Casusregisseur? Casusregisseur(VeldLezer velden)
    {
        var rol = velden.VrijeTekst("rol", MaxRol);
        var organisatie = velden.VrijeTekst("organisatie", MaxOrganisatie);
        return rol is null || organisatie is null ? null : new Casusregisseur(rol, organisatie);
    }

    private static GeldigeDatum? Datum(VeldLezer velden, string field, string label, DateOnly? ondergrens, bool strikt, string ondergrensLabel, bool readMeldingId = true)
    {
        var meldingId = readMeldingId ? velden.MeldingId() : Guid.Empty;
        var datum = velden.Datum(field, label);
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
