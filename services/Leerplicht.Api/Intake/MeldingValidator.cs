using System.Text.Json;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.Intake.Validatie;
using Ontwikkelagenda.ServiceDefaults.NlApi;

namespace Leerplicht.Api.Intake;

/// <summary>
/// Validates the intake's request bodies field by field, from the raw JSON, so that a wrong type in
/// one field does not hide the errors in the others. Messages are Dutch; keys are the JSON names.
/// </summary>
public sealed class MeldingValidator(TimeProvider time)
{
    public const string Body = VeldLezer.Body;

    public Validatie<GeldigeMelding> ValidateMelding(JsonElement body)
    {
        var errors = new FieldErrors();
        if (!IsObject(body, errors)) return new(null, errors.ToDictionary());

        var meldingId = ReadMeldingId(body, errors);

        var casusText = ReadString(body, "casusReferentie", errors, required: true);
        CasusReferentie casusReferentie = default;
        if (casusText is not null && !CasusReferentie.TryParse(casusText, out casusReferentie, out var reden))
            errors.Add("casusReferentie", reden ?? "De casusreferentie is ongeldig.");

        var gemeente = ReadGemeente(body, errors);

        var soortText = ReadString(body, "soortVerzuim", errors, required: true);
        SoortVerzuim? soort = null;
        if (soortText is not null)
        {
            if (JsonEnumNames<SoortVerzuim>.TryParse(soortText, out var parsed)) soort = parsed;
            else errors.Add("soortVerzuim", $"Het soort verzuim is een van {JsonEnumNames<SoortVerzuim>.Listing}.");
        }

        var brin = ReadBrin(body, soort, errors);
        var startdatum = ReadDate(body, "startdatum", "De startdatum", errors);

        if (errors.Any) return new(null, errors.ToDictionary());
        return new(new GeldigeMelding(meldingId!.Value, casusReferentie, gemeente!.Value, brin, soort!.Value, startdatum!.Value), errors.ToDictionary());
    }

    /// <param name="body">The request body as sent.</param>
    /// <param name="startdatum">The case's startdatum when the case is known; the einddatum may not precede it.</param>
    public Validatie<GeldigeBeeindiging> ValidateBeeindiging(JsonElement body, DateOnly? startdatum)
    {
        var errors = new FieldErrors();
        if (!IsObject(body, errors)) return new(null, errors.ToDictionary());

        var meldingId = ReadMeldingId(body, errors);
        var einddatum = ReadDate(body, "einddatum", "De einddatum", errors);
        if (einddatum is not null && startdatum is not null && einddatum < startdatum)
            errors.Add("einddatum", $"De einddatum ligt voor de startdatum van de zaak ({startdatum:yyyy-MM-dd}).");

        var uitkomstText = ReadString(body, "uitkomst", errors, required: true);
        Uitkomst? uitkomst = null;
        if (uitkomstText is not null)
        {
            if (JsonEnumNames<Uitkomst>.TryParse(uitkomstText, out var parsed)) uitkomst = parsed;
            else errors.Add("uitkomst", $"De uitkomst is een van {JsonEnumNames<Uitkomst>.Listing}.");
        }

        if (errors.Any) return new(null, errors.ToDictionary());
        return new(new GeldigeBeeindiging(meldingId!.Value, einddatum!.Value, uitkomst!.Value), errors.ToDictionary());
    }

    /// <summary>The reason given when a transfer names a municipality outside the region; the endpoint repeats it in the detail.</summary>
    public const string BuitenRegio = "Een verhuizing buiten regio 22.01 is geen overdracht maar een beëindiging met uitkomst 'verhuisd' (POST /v1/thuiszitters/{id}/beeindiging).";

    /// <param name="body">The request body as sent.</param>
    /// <param name="vanGemeente">The municipality the case moves from, when known; the new one must differ.</param>
    /// <param name="startdatum">The case's startdatum when known; the transfer may not precede it.</param>
    public Validatie<GeldigeOverdracht> ValidateOverdracht(JsonElement body, string? vanGemeente, DateOnly? startdatum)
    {
        var errors = new FieldErrors();
        if (!IsObject(body, errors)) return new(null, errors.ToDictionary());

        var meldingId = ReadMeldingId(body, errors);
        var naar = ReadGemeente(body, "naarGemeente", errors, BuitenRegio);
        if (naar is not null && naar.Value.Value == vanGemeente)
            errors.Add("naarGemeente", $"De zaak hoort al bij {vanGemeente}; een overdracht gaat naar een andere gemeente van de regio.");
        var overdrachtsdatum = ReadDate(body, "overdrachtsdatum", "De overdrachtsdatum", errors);
        if (overdrachtsdatum is not null && startdatum is not null && overdrachtsdatum < startdatum)
            errors.Add("overdrachtsdatum", $"De overdrachtsdatum ligt voor de startdatum van de zaak ({startdatum:yyyy-MM-dd}).");

        if (errors.Any) return new(null, errors.ToDictionary());
        return new(new GeldigeOverdracht(meldingId!.Value, naar!.Value, overdrachtsdatum!.Value), errors.ToDictionary());
    }

    public Validatie<GeldigeIntrekking> ValidateIntrekking(JsonElement body)
    {
        var errors = new FieldErrors();
        if (!IsObject(body, errors)) return new(null, errors.ToDictionary());

        var meldingId = ReadMeldingId(body, errors);
        var ingetrokken = ReadVerwijzing(body, "ingetrokkenMeldingId", errors);
        var reden = ReadString(body, "reden", errors, required: true);
        if (reden is not null && string.IsNullOrWhiteSpace(reden))
            errors.Add("reden", "De reden van de intrekking is verplicht.");
        else if (reden is not null && reden.Length > GeldigeIntrekking.MaxRedenLengte)
            errors.Add("reden", $"De reden is hoogstens {GeldigeIntrekking.MaxRedenLengte} tekens (nu {reden.Length}).");

        if (errors.Any) return new(null, errors.ToDictionary());
        return new(new GeldigeIntrekking(meldingId!.Value, ingetrokken!.Value, reden!.Trim()), errors.ToDictionary());
    }

    /// <summary>A field naming an earlier melding by its meldingId.</summary>
    public Guid? ReadVerwijzing(JsonElement body, string field, FieldErrors errors)
    {
        if (body.ValueKind != JsonValueKind.Object) return null;
        var text = ReadString(body, field, errors, required: true);
        if (text is null) return null;
        if (Guid.TryParseExact(text, "D", out var id) && id != Guid.Empty) return id;
        errors.Add(field, $"Het veld {field} is de meldingId (UUID) van een eerdere melding van deze zaak.");
        return null;
    }

    /// <summary>Only the meldingId, for a correction whose target is unknown (its other fields cannot be judged).</summary>
    public void ValidateMeldingIdOnly(JsonElement body, FieldErrors errors)
    {
        if (IsObject(body, errors)) ReadMeldingId(body, errors);
    }

    private static bool IsObject(JsonElement body, FieldErrors errors)
    {
        if (body.ValueKind == JsonValueKind.Object) return true;
        errors.Add(Body, "Het verzoek is een JSON-object.");
        return false;
    }

    private static Guid? ReadMeldingId(JsonElement body, FieldErrors errors)
    {
        var text = ReadString(body, "meldingId", errors, required: true);
        if (text is null) return null;
        if (Guid.TryParseExact(text, "D", out var id) && id != Guid.Empty) return id;
        errors.Add("meldingId", "De meldingId is een UUID, bijvoorbeeld 3f2b8c1e-6d4a-4f0e-9b7a-2c5d8e1f0a3b.");
        return null;
    }

    private static GemeenteCode? ReadGemeente(JsonElement body, FieldErrors errors) => ReadGemeente(body, "gemeente", errors, null);

    private static GemeenteCode? ReadGemeente(JsonElement body, string field, FieldErrors errors, string? buitenRegio)
    {
        var text = ReadString(body, field, errors, required: true);
        if (text is null) return null;
        if (!GemeenteCode.TryParse(text, out var code))
        {
            errors.Add(field, "De gemeente is een CBS-gemeentecode: GM en vier cijfers, bijvoorbeeld GM1730.");
            return null;
        }
        if (!RegioGemeenten.Contains(code))
        {
            errors.Add(field, $"De gemeente {code} hoort niet bij regio 22.01; toegestaan zijn {string.Join(", ", RegioGemeenten.All)}.");
            if (buitenRegio is not null) errors.Add(field, buitenRegio);
            return null;
        }
        return code;
    }

    private static Brin? ReadBrin(JsonElement body, SoortVerzuim? soort, FieldErrors errors)
    {
        var text = ReadString(body, "brin", errors, required: false);
        if (errors.Has("brin")) return null;

        Brin? brin = null;
        if (text is not null)
        {
            if (Brin.TryParse(text, out var parsed)) brin = parsed;
            else errors.Add("brin", "Het BRIN-nummer bestaat uit twee cijfers en twee hoofdletters, bijvoorbeeld 12AB.");
        }
        switch (soort)
        {
            case SoortVerzuim.LangdurigRelatief when text is null:
                errors.Add("brin", "Bij langdurig relatief verzuim is het BRIN-nummer van de school verplicht.");
                break;
            case SoortVerzuim.Absoluut when text is not null:
                errors.Add("brin", "Bij absoluut verzuim is het kind niet ingeschreven: laat het BRIN-nummer leeg.");
                break;
        }
        return brin;
    }

    private DateOnly? ReadDate(JsonElement body, string field, string label, FieldErrors errors)
    {
        var text = ReadString(body, field, errors, required: true);
        if (text is null) return null;
        if (!AmsterdamDate.TryParseIso(text, out var date))
        {
            errors.Add(field, $"{label} is een datum in de vorm JJJJ-MM-DD, bijvoorbeeld 2026-01-15.");
            return null;
        }
        var today = time.Today();
        if (date > today)
        {
            errors.Add(field, $"{label} ligt in de toekomst (vandaag is {today:yyyy-MM-dd}).");
            return null;
        }
        return date;
    }

    /// <summary>A string field: absent and null are the same; any other JSON type is an error.</summary>
    private static string? ReadString(JsonElement body, string field, FieldErrors errors, bool required)
    {
        if (!body.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required) errors.Add(field, $"Het veld {field} is verplicht.");
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(field, $"Het veld {field} is een tekst (string), geen {Describe(value.ValueKind)}.");
            return null;
        }
        return value.GetString();
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Number => "getal",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "lijst",
        _ => kind.ToString(),
    };
}
