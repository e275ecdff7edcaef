using System.Text.Json;
using System.Text.RegularExpressions;
using Agenda.Domein.Referentie;
using Ontwikkelagenda.Contracts.Register;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.ServiceDefaults.NlApi;

namespace Ontwikkelagenda.Intake.Validatie;

/// <summary>
/// Reads a request body field by field from the raw JSON and collects every error (Dutch, keyed by the JSON name), so a
/// wrong type in one field does not hide the errors in the others. Absent and null are the same. Each read returns null
/// when the field is absent or wrong; check <see cref="Any"/> before using the values.
/// </summary>
public sealed partial class VeldLezer
{
    public const string Body = "body";

    private readonly JsonElement body;
    private readonly TimeProvider time;
    private readonly Referentiedata register;

    /// <param name="bekend">
    /// The fields the request may carry (<see cref="Verzoekvelden"/>); every other one is an error. Null only for a first
    /// look at some fields whose request is judged whole by another reader.
    /// </param>
    public VeldLezer(JsonElement body, IReadOnlySet<string>? bekend, TimeProvider time, Referentiedata register)
    {
        this.body = body;
        this.time = time;
        this.register = register;
        if (body.ValueKind != JsonValueKind.Object) Errors.Add(Body, "Het verzoek is een JSON-object.");
        if (bekend is not null) Verzoekvelden.WeigerOnbekende(body, bekend, Errors);
    }

    public FieldErrors Errors { get; } = new();

    public bool Any => Errors.Any;

    public IReadOnlyDictionary<string, string[]> Fouten => Errors.ToDictionary();

    public bool IsObject => body.ValueKind == JsonValueKind.Object;

    /// <summary>The melding's own id: a UUID chosen by the sender, the key of idempotency.</summary>
    public Guid? MeldingId() => Id("meldingId", MeldingIdReden);

    public const string MeldingIdReden = "De meldingId is een UUID, bijvoorbeeld 3f2b8c1e-6d4a-4f0e-9b7a-2c5d8e1f0a3b.";

    /// <summary>A required UUID field (not the empty UUID); <paramref name="reden"/> says what it is.</summary>
    public Guid? Id(string veld, string reden, bool verplicht = true)
    {
        var text = Tekst(veld, verplicht);
        if (text is null) return null;
        if (Guid.TryParseExact(text, "D", out var id) && id != Guid.Empty) return id;
        Errors.Add(veld, reden);
        return null;
    }

    /// <summary>A text field on one line, trimmed; blank counts as absent for a required field.</summary>
    public string? Tekst(string veld, bool verplicht = true, int? maxLengte = null) => Lees(veld, verplicht, maxLengte, meerRegels: false);

    /// <summary>
    /// Free text a partner writes (a name, a role, an explanation): <see cref="Tekst"/>, on several lines when
    /// <paramref name="meerRegels"/>, and not starting with a character a spreadsheet reads as a formula, because these
    /// texts are shown and exported to CSV elsewhere.
    /// </summary>
    public string? VrijeTekst(string veld, int maxLengte, bool verplicht = true, bool meerRegels = false)
    {
        var text = Lees(veld, verplicht, maxLengte, meerRegels);
        if (text is null || !TekstTekens.IsFormula(text)) return text;
        Errors.Add(veld, $"Het veld {veld} begint niet met {TekstTekens.FormulaStarts}: een spreadsheet leest dat als formule.");
        return null;
    }

    private string? Lees(string veld, bool verplicht, int? maxLengte, bool meerRegels)
    {
        if (!IsObject) return null;
        var value = Value(veld);
        if (value is null)
        {
            if (verplicht) Errors.Add(veld, $"Het veld {veld} is verplicht.");
            return null;
        }
        if (value.Value.ValueKind != JsonValueKind.String)
        {
            Errors.Add(veld, $"Het veld {veld} is een tekst (string), geen {Describe(value.Value.ValueKind)}.");
            return null;
        }
        if (TekstTekens.Read(value.Value) is not { } raw)
        {
            Errors.Add(veld, $"Het veld {veld} bevat een ongeldig Unicode-teken (een losse surrogaat).");
            return null;
        }
        if (TekstTekens.Refused(raw, meerRegels) is { } teken)
        {
            Errors.Add(veld, $"Het veld {veld} bevat het onzichtbare of stuurteken U+{teken:X4}; alleen zichtbare tekst{(meerRegels ? " en regeleinden" : "")} is toegestaan.");
            return null;
        }
        var text = raw.Trim();
        if (text.Length == 0 && verplicht)
        {
            Errors.Add(veld, $"Het veld {veld} is verplicht en mag niet leeg zijn.");
            return null;
        }
        if (maxLengte is { } max && text.Length > max)
        {
            Errors.Add(veld, $"Het veld {veld} is hoogstens {max} tekens (nu {text.Length}).");
            return null;
        }
        return text.Length == 0 ? null : text;
    }

    /// <summary>A calendar date JJJJ-MM-DD; by default not in the future (a melding reports what happened).</summary>
    public DateOnly? Datum(string veld, string label, bool verplicht = true, bool toekomstToegestaan = false)
    {
        var text = Tekst(veld, verplicht);
        if (text is null) return null;
        if (!AmsterdamDate.TryParseIso(text, out var date))
        {
            Errors.Add(veld, $"{label} is een datum in de vorm JJJJ-MM-DD, bijvoorbeeld 2026-01-15.");
            return null;
        }
        if (!AmsterdamDate.InRange(date))
        {
            Errors.Add(veld, AmsterdamDate.OutOfRangeReason(label));
            return null;
        }
        var today = time.Today();
        if (!toekomstToegestaan && date > today)
        {
            Errors.Add(veld, $"{label} ligt in de toekomst (vandaag is {today:yyyy-MM-dd}).");
            return null;
        }
        return date;
    }

    /// <summary>One of an enum's kebab-case JSON names.</summary>
    public TEnum? Keuze<TEnum>(string veld, string label, bool verplicht = true) where TEnum : struct, Enum =>
        Keuze(veld, label, typeof(TEnum), verplicht) is { } naam ? JsonEnumNames<TEnum>.Parse(naam) : null;

    /// <summary>One of the JSON names of enum <paramref name="keuzes"/>, as the name.</summary>
    public string? Keuze(string veld, string label, Type keuzes, bool verplicht = true)
    {
        var text = Tekst(veld, verplicht);
        if (text is null) return null;
        if (JsonEnumNames.Of(keuzes).ContainsKey(text)) return text;
        Errors.Add(veld, $"{label} is een van {JsonEnumNames.Listing(keuzes)}.");
        return null;
    }

    public bool? JaNee(string veld, bool verplicht = true)
    {
        if (!IsObject) return null;
        var value = Value(veld);
        if (value is null)
        {
            if (verplicht) Errors.Add(veld, $"Het veld {veld} is verplicht (true of false).");
            return null;
        }
        if (value.Value.ValueKind is JsonValueKind.True or JsonValueKind.False) return value.Value.GetBoolean();
        Errors.Add(veld, $"Het veld {veld} is true of false, geen {Describe(value.Value.ValueKind)}.");
        return null;
    }

    public int? Getal(string veld, int min = int.MinValue, int max = int.MaxValue, bool verplicht = true)
    {
        if (!IsObject) return null;
        var value = Value(veld);
        if (value is null)
        {
            if (verplicht) Errors.Add(veld, $"Het veld {veld} is verplicht.");
            return null;
        }
        if (value.Value.ValueKind != JsonValueKind.Number || !value.Value.TryGetInt32(out var number))
        {
            Errors.Add(veld, $"Het veld {veld} is een geheel getal, geen {Describe(value.Value.ValueKind)}.");
            return null;
        }
        if (number < min || number > max)
        {
            Errors.Add(veld, $"Het veld {veld} ligt tussen {min} en {max} (nu {number}).");
            return null;
        }
        return number;
    }

    /// <summary>A pseudonymous case reference (<see cref="Contracts.Values.CasusReferentie"/>): never a BSN.</summary>
    public CasusReferentie? Referentie(string veld, bool verplicht = true)
    {
        var text = Tekst(veld, verplicht);
        if (text is null) return null;
        if (CasusReferentie.TryParse(text, out var referentie, out var reden)) return referentie;
        Errors.Add(veld, reden ?? "De referentie is ongeldig.");
        return null;
    }

    /// <summary>A well-formed BRIN, in the register or not (a case may concern a school outside the region).</summary>
    public Brin? Brin(string veld, bool verplicht = true)
    {
        var text = Tekst(veld, verplicht);
        if (text is null) return null;
        if (Contracts.Values.Brin.TryParse(text, out var brin)) return brin;
        Errors.Add(veld, "Het BRIN-nummer bestaat uit twee cijfers en twee hoofdletters, bijvoorbeeld 12AB.");
        return null;
    }

    /// <summary>A CBS municipality code; by default one of the region's four.</summary>
    /// <param name="buitenRegio">A second reason for a municipality outside the region: what to do instead.</param>
    public GemeenteCode? Gemeente(string veld, bool verplicht = true, bool alleenRegio = true, string? buitenRegio = null)
    {
        var text = Tekst(veld, verplicht);
        if (text is null) return null;
        if (!GemeenteCode.TryParse(text, out var code))
        {
            Errors.Add(veld, "De gemeente is een CBS-gemeentecode: GM en vier cijfers, bijvoorbeeld GM1730.");
            return null;
        }
        if (alleenRegio && !RegioGemeenten.Contains(code))
        {
            Errors.Add(veld, $"De gemeente {code} hoort niet bij regio 22.01; toegestaan zijn {string.Join(", ", RegioGemeenten.All)}.");
            if (buitenRegio is not null) Errors.Add(veld, buitenRegio);
            return null;
        }
        return code;
    }

    /// <summary>A contractant: a municipality code of the region, or <see cref="Subregio"/> (all four).</summary>
    public string? Contractant(string veld, bool verplicht = true)
    {
        var text = Tekst(veld, verplicht);
        if (text is null || text == Subregio) return text;
        if (GemeenteCode.TryParse(text, out var code) && RegioGemeenten.Contains(code)) return code.Value;
        Errors.Add(veld, $"De contractant is een gemeente van regio 22.01 ({string.Join(", ", RegioGemeenten.All)}) of '{Subregio}'.");
        return null;
    }

    public const string Subregio = "subregio";

    /// <summary>A BRIN that is in the region's register, with the register's school.</summary>
    public School? School(string veld, bool verplicht = true)
    {
        var text = Tekst(veld, verplicht);
        return text is null ? null : SchoolUitRegister(veld, text);
    }

    /// <summary>A list of register BRINs without duplicates; errors name the field with the position, e.g. <c>scholen[1]</c>.</summary>
    public IReadOnlyList<School>? Scholen(string veld, bool verplicht = true)
    {
        if (!IsObject) return null;
        var value = Value(veld);
        if (value is null)
        {
            if (verplicht) Errors.Add(veld, $"Het veld {veld} is verplicht (een lijst BRIN-nummers).");
            return null;
        }
        if (value.Value.ValueKind != JsonValueKind.Array)
        {
            Errors.Add(veld, $"Het veld {veld} is een lijst BRIN-nummers, geen {Describe(value.Value.ValueKind)}.");
            return null;
        }
        var scholen = new List<School>();
        var fout = false;
        var index = 0;
        foreach (var item in value.Value.EnumerateArray())
        {
            var itemVeld = $"{veld}[{index++}]";
            if (item.ValueKind != JsonValueKind.String)
            {
                Errors.Add(itemVeld, $"Een BRIN-nummer is een tekst (string), geen {Describe(item.ValueKind)}.");
                fout = true;
                continue;
            }
            var school = SchoolUitRegister(itemVeld, (TekstTekens.Read(item) ?? "").Trim());
            if (school is null) fout = true;
            else if (scholen.Any(s => s.Brin == school.Brin))
            {
                Errors.Add(itemVeld, $"De school {school.Brin} staat meer dan eens in de lijst.");
                fout = true;
            }
            else scholen.Add(school);
        }
        return fout ? null : scholen;
    }

    /// <summary>
    /// An optional nested object of request record <typeparamref name="TVerzoek"/>, read by <paramref name="lees"/>; its
    /// errors are named <c>veld.naam</c>.
    /// </summary>
    public T? Object<TVerzoek, T>(string veld, Func<VeldLezer, T?> lees) where T : class =>
        Object(veld, typeof(TVerzoek), lees) as T;

    /// <summary>The same for a request record known only by its type.</summary>
    public object? Object(string veld, Type verzoek, Func<VeldLezer, object?> lees)
    {
        if (Value(veld) is not { } value) return null;
        if (value.ValueKind != JsonValueKind.Object)
        {
            Errors.Add(veld, $"Het veld {veld} is een object, geen {Describe(value.ValueKind)}.");
            return null;
        }
        var binnen = new VeldLezer(value, Verzoekvelden.Van(verzoek), time, register);
        var result = lees(binnen);
        Errors.AddAll(binnen.Fouten, prefix: veld);
        return binnen.Any ? null : result;
    }

    /// <summary>A Dutch KvK number: exactly eight digits.</summary>
    public string? KvkNummer(string veld, bool verplicht = false)
    {
        var text = Tekst(veld, verplicht);
        if (text is null) return null;
        if (KvkPattern().IsMatch(text)) return text;
        Errors.Add(veld, "Het KvK-nummer bestaat uit precies acht cijfers, bijvoorbeeld 12345678.");
        return null;
    }

    private School? SchoolUitRegister(string veld, string text)
    {
        if (!Contracts.Values.Brin.TryParse(text, out var brin))
        {
            Errors.Add(veld, "Het BRIN-nummer bestaat uit twee cijfers en twee hoofdletters, bijvoorbeeld 12AB.");
            return null;
        }
        if (register.School(brin.Value) is { } school) return school;
        Errors.Add(veld, $"De school {brin} staat niet in het register van regio 22.01 (data/referentiedata.json).");
        return null;
    }

    private JsonElement? Value(string veld)
    {
        if (!IsObject || !body.TryGetProperty(veld, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Number => "getal",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "lijst",
        JsonValueKind.String => "tekst",
        _ => kind.ToString(),
    };

    [GeneratedRegex("^[0-9]{8}$")]
    private static partial Regex KvkPattern();
}
