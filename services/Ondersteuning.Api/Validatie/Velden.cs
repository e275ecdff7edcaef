using Ontwikkelagenda.Intake.Validatie;
using System.Text.Json;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.ServiceDefaults.NlApi;

namespace Ondersteuning.Api.Validatie;

/// <summary>
/// Reads the fields of one request body from the raw JSON and collects every error under the JSON field
/// name, so that a wrong type in one field does not hide the errors in the others. A field the API does
/// not know is refused: nothing that could be personal data (a name, a birth date, a BSN) slips in unseen.
/// </summary>
public sealed class Velden
{
    public const string Body = "body";

    private readonly JsonElement body;
    private readonly HashSet<string> known = new(StringComparer.Ordinal);

    public Velden(JsonElement body, TimeProvider time)
    {
        this.body = body;
        Time = time;
        if (body.ValueKind != JsonValueKind.Object) Errors.Add(Body, "Het verzoek is een JSON-object.");
    }

    public FieldErrors Errors { get; } = new();

    public TimeProvider Time { get; }

    public bool IsObject => body.ValueKind == JsonValueKind.Object;

    /// <summary>Adds an error for every field that no reader asked for. Call after reading all fields.</summary>
    public void RefuseUnknownFields()
    {
        if (!IsObject) return;
        foreach (var property in body.EnumerateObject())
        {
            if (!known.Contains(property.Name))
                Errors.Add(property.Name, "Onbekend veld. Deze API neemt alleen de gedocumenteerde velden aan en nooit persoonsgegevens (namen, geboortedata, BSN).");
        }
    }

    /// <summary>Marks a field as known without reading it (read elsewhere, e.g. the corrected melding's id).</summary>
    public void Allow(string field) => known.Add(field);

    public Guid? MeldingId() => Uuid("meldingId", required: true, "De meldingId");

    public Guid? Uuid(string field, bool required, string label)
    {
        var text = Text(field, required);
        if (text is null) return null;
        if (Guid.TryParseExact(text, "D", out var id) && id != Guid.Empty) return id;
        Errors.Add(field, $"{label} is een UUID, bijvoorbeeld 3f2b8c1e-6d4a-4f0e-9b7a-2c5d8e1f0a3b.");
        return null;
    }

    /// <summary>A required (or optional) text of at most <paramref name="maxLength"/> characters, not blank.</summary>
    public string? Text(string field, int maxLength, bool required = true)
    {
        var text = Text(field, required);
        if (text is null) return null;
        if (string.IsNullOrWhiteSpace(text))
        {
            Errors.Add(field, $"Het veld {field} is leeg.");
            return null;
        }
        if (text.Length > maxLength)
        {
            Errors.Add(field, $"Het veld {field} heeft ten hoogste {maxLength} tekens (nu {text.Length}).");
            return null;
        }
        return text.Trim();
    }

    public TEnum? Enum<TEnum>(string field, string label) where TEnum : struct, System.Enum
    {
        var text = Text(field, required: true);
        if (text is null) return null;
        if (JsonEnumNames<TEnum>.TryParse(text, out var value)) return value;
        Errors.Add(field, $"{label} is een van {JsonEnumNames<TEnum>.Listing}.");
        return null;
    }

    public Brin? Brin(string field, bool required)
    {
        var text = Text(field, required);
        if (text is null) return null;
        if (Ontwikkelagenda.Contracts.Values.Brin.TryParse(text, out var brin)) return brin;
        Errors.Add(field, "Het BRIN-nummer bestaat uit twee cijfers en twee hoofdletters, bijvoorbeeld 12AB.");
        return null;
    }

    public CasusReferentie? Referentie(string field)
    {
        var text = Text(field, required: true);
        if (text is null) return null;
        if (CasusReferentie.TryParse(text, out var referentie, out var reden)) return referentie;
        Errors.Add(field, reden ?? "De referentie is ongeldig.");
        return null;
    }

    public GemeenteCode? Gemeente(string field)
    {
        var text = Text(field, required: true);
        if (text is null) return null;
        if (!GemeenteCode.TryParse(text, out var code))
        {
            Errors.Add(field, "De gemeente is een CBS-gemeentecode: GM en vier cijfers, bijvoorbeeld GM1730.");
            return null;
        }
        if (!RegioGemeenten.Contains(code))
        {
            Errors.Add(field, $"De gemeente {code} hoort niet bij regio 22.01; toegestaan zijn {string.Join(", ", RegioGemeenten.All)}.");
            return null;
        }
        return code;
    }

    /// <summary>An ISO date (<c>JJJJ-MM-DD</c>) that is not after today in Europe/Amsterdam.</summary>
    public DateOnly? Date(string field, string label)
    {
        var text = Text(field, required: true);
        if (text is null) return null;
        if (!AmsterdamDate.TryParseIso(text, out var date))
        {
            Errors.Add(field, $"{label} is een datum in de vorm JJJJ-MM-DD, bijvoorbeeld 2026-01-15.");
            return null;
        }
        var today = Time.Today();
        if (date > today)
        {
            Errors.Add(field, $"{label} ligt in de toekomst (vandaag is {today:yyyy-MM-dd}).");
            return null;
        }
        return date;
    }

    public int? Integer(string field, bool required)
    {
        known.Add(field);
        if (!IsObject) return null;
        if (!body.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required) Errors.Add(field, $"Het veld {field} is verplicht.");
            return null;
        }
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)) return number;
        Errors.Add(field, $"Het veld {field} is een geheel getal.");
        return null;
    }

    /// <summary>An optional nested object, read by <paramref name="read"/> with field names prefixed <c>field.</c>.</summary>
    public T? Object<T>(string field, Func<Velden, T?> read) where T : class
    {
        known.Add(field);
        if (!IsObject || !body.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.Object)
        {
            Errors.Add(field, $"Het veld {field} is een object, geen {Describe(value.ValueKind)}.");
            return null;
        }
        var nested = new Velden(value, Time);
        var result = read(nested);
        nested.RefuseUnknownFields();
        foreach (var (name, reasons) in nested.Errors.ToDictionary())
        {
            foreach (var reason in reasons) Errors.Add($"{field}.{name}", reason);
        }
        return nested.Errors.Any ? null : result;
    }

    /// <summary>A string field: absent and null are the same; any other JSON type is an error.</summary>
    private string? Text(string field, bool required)
    {
        known.Add(field);
        if (!IsObject) return null;
        if (!body.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required) Errors.Add(field, $"Het veld {field} is verplicht.");
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            Errors.Add(field, $"Het veld {field} is een tekst (string), geen {Describe(value.ValueKind)}.");
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
