using System.Text.Json;
using Intake.Contracts.Leerplicht;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.Intake.Validatie;

namespace Leerplicht.Api.Intake;

/// <summary>
/// Reads the intake's request bodies with the intakes' one reader (<see cref="Verzoeklezer"/>): each record declares its
/// fields' rules; what depends on other fields or on the case is checked here, after them. A correction may carry the
/// fields of <see cref="ThuiszitterCorrectie"/>.
/// </summary>
public sealed class MeldingValidator(VeldLezerFactory lezers)
{
    private readonly Verzoeklezer lezer = new(lezers);

    public const string Body = VeldLezer.Body;

    /// <summary>The reason given when a transfer names a municipality outside the region; the endpoint repeats it in the detail.</summary>
    public const string BuitenRegio = ThuiszitterOverdracht.BuitenRegio;

    public Validatie<GeldigeMelding> ValidateMelding(JsonElement body, IReadOnlySet<string>? bekend = null)
    {
        var gelezen = lezer.Lees<ThuiszitterMelding>(body, bekend ?? Verzoekvelden.Van<ThuiszitterMelding>());
        var melding = gelezen.Verzoek;
        CheckBrin(melding, gelezen.Errors);
        return gelezen.Naar(m => new GeldigeMelding(m.MeldingId!.Value, m.CasusReferentie!, GemeenteCode.Parse(m.Gemeente!),
            m.Brin is null ? null : Ontwikkelagenda.Contracts.Values.Brin.Parse(m.Brin), JsonEnumNames<SoortVerzuim>.Parse(m.SoortVerzuim),
            m.Startdatum!.Value));
    }

    /// <param name="body">The request body as sent.</param>
    /// <param name="startdatum">The case's startdatum when the case is known; the einddatum may not precede it.</param>
    /// <param name="bekend">The fields the body may carry; by default those of <see cref="ThuiszitterBeeindiging"/>.</param>
    public Validatie<GeldigeBeeindiging> ValidateBeeindiging(JsonElement body, DateOnly? startdatum, IReadOnlySet<string>? bekend = null)
    {
        var gelezen = lezer.Lees<ThuiszitterBeeindiging>(body, bekend ?? Verzoekvelden.Van<ThuiszitterBeeindiging>());
        if (gelezen.Verzoek.Einddatum < startdatum)
            gelezen.Errors.Add("einddatum", $"De einddatum ligt voor de startdatum van de zaak ({startdatum:yyyy-MM-dd}).");
        return gelezen.Naar(b => new GeldigeBeeindiging(b.MeldingId!.Value, b.Einddatum!.Value, JsonEnumNames<Uitkomst>.Parse(b.Uitkomst)));
    }

    /// <param name="body">The request body as sent.</param>
    /// <param name="vanGemeente">The municipality the case moves from, when known; the new one must differ.</param>
    /// <param name="startdatum">The case's startdatum when known; the transfer may not precede it.</param>
    /// <param name="bekend">The fields the body may carry; by default those of <see cref="ThuiszitterOverdracht"/>.</param>
    public Validatie<GeldigeOverdracht> ValidateOverdracht(JsonElement body, string? vanGemeente, DateOnly? startdatum, IReadOnlySet<string>? bekend = null)
    {
        var gelezen = lezer.Lees<ThuiszitterOverdracht>(body, bekend ?? Verzoekvelden.Van<ThuiszitterOverdracht>());
        var overdracht = gelezen.Verzoek;
        if (overdracht.NaarGemeente is not null && overdracht.NaarGemeente == vanGemeente)
            gelezen.Errors.Add("naarGemeente", $"De zaak hoort al bij {vanGemeente}; een overdracht gaat naar een andere gemeente van de regio.");
        if (overdracht.Overdrachtsdatum < startdatum)
            gelezen.Errors.Add("overdrachtsdatum", $"De overdrachtsdatum ligt voor de startdatum van de zaak ({startdatum:yyyy-MM-dd}).");
        return gelezen.Naar(o => new GeldigeOverdracht(o.MeldingId!.Value, GemeenteCode.Parse(o.NaarGemeente!), o.Overdrachtsdatum!.Value));
    }

    public Validatie<GeldigeIntrekking> ValidateIntrekking(JsonElement body) =>
        lezer.Lees<ThuiszitterIntrekking>(body).Naar(i => new GeldigeIntrekking(i.MeldingId!.Value, i.IngetrokkenMeldingId!.Value, i.Reden!));

    /// <summary>
    /// A field naming an earlier melding of this case by its meldingId, read before the rest of a correction because it
    /// decides which record's rules apply; null (and no error) when the body is no object.
    /// </summary>
    public Guid? ReadVerwijzing(JsonElement body, string field, FieldErrors errors)
    {
        if (body.ValueKind != JsonValueKind.Object) return null;
        var velden = lezers.Lees(body, bekend: null);
        var id = velden.Id(field, $"Het veld {field} is de meldingId (UUID) van een eerdere melding van deze zaak.");
        errors.AddAll(velden.Fouten);
        return id;
    }

    /// <summary>Only the meldingId, for a correction whose target is unknown (its other fields cannot be judged).</summary>
    public void ValidateMeldingIdOnly(JsonElement body, FieldErrors errors)
    {
        var velden = lezers.Lees<ThuiszitterCorrectie>(body);
        velden.MeldingId();
        errors.AddAll(velden.Fouten);
    }

    /// <summary>Required for langdurig-relatief verzuim (the school the child is enrolled at), empty for absoluut.</summary>
    private static void CheckBrin(ThuiszitterMelding melding, FieldErrors errors)
    {
        if (errors.Has("brin")) return;
        var gegeven = melding.Brin is not null;
        if (melding.SoortVerzuim == JsonEnumNames<SoortVerzuim>.NameOf(SoortVerzuim.LangdurigRelatief) && !gegeven)
            errors.Add("brin", "Bij langdurig relatief verzuim is het BRIN-nummer van de school verplicht.");
        if (melding.SoortVerzuim == JsonEnumNames<SoortVerzuim>.NameOf(SoortVerzuim.Absoluut) && gegeven)
            errors.Add("brin", "Bij absoluut verzuim is het kind niet ingeschreven: laat het BRIN-nummer leeg.");
    }
}
