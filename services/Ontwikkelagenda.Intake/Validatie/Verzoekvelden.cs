using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ontwikkelagenda.Intake.Validatie;

/// <summary>
/// The fields a request may carry: the JSON names of the properties of its request record, the same record the OpenAPI
/// document describes, so what is documented and what is accepted cannot drift apart. Any other field is refused:
/// nothing that could be personal data (a name, a birth date, a BSN) slips in unseen.
/// </summary>
public static class Verzoekvelden
{
    public const string OnbekendReden =
        "Onbekend veld. Deze API neemt alleen de gedocumenteerde velden aan en nooit persoonsgegevens (namen, geboortedata, BSN).";

    private static readonly ConcurrentDictionary<Type, IReadOnlySet<string>> PerRecord = new();

    public static IReadOnlySet<string> Van<TVerzoek>() => Van(typeof(TVerzoek));

    public static IReadOnlySet<string> Van(Type verzoek) =>
        PerRecord.GetOrAdd(verzoek, type => Namen(type).Values.ToHashSet(StringComparer.Ordinal));

    /// <summary>The JSON name of each public property of <paramref name="verzoek"/>.</summary>
    public static IReadOnlyDictionary<PropertyInfo, string> Namen(Type verzoek) => verzoek
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .ToDictionary(
            property => property,
            property => property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name));

    /// <summary>An error on every field of <paramref name="body"/> that <paramref name="bekend"/> does not name.</summary>
    public static void WeigerOnbekende(JsonElement body, IReadOnlySet<string> bekend, FieldErrors errors)
    {
        if (body.ValueKind != JsonValueKind.Object) return;
        foreach (var property in body.EnumerateObject())
        {
            if (!bekend.Contains(property.Name)) errors.Add(property.Name, OnbekendReden);
        }
    }
}
