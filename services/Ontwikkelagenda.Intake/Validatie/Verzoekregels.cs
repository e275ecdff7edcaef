using System.Collections.Concurrent;
using System.Reflection;
using Intake.Contracts.Regels;

namespace Ontwikkelagenda.Intake.Validatie;

/// <summary>
/// The fields of one request record in the order of its constructor, each with its JSON name and declared rule
/// (<see cref="VeldregelAttribute"/>). A property without a rule is documented but not read here: a correction's values
/// are judged by the rules of what it corrects.
/// </summary>
public sealed class Verzoekregels
{
    private static readonly ConcurrentDictionary<Type, Verzoekregels> PerRecord = new();

    private readonly ConstructorInfo constructor;

    private Verzoekregels(Type verzoek)
    {
        constructor = verzoek.GetConstructors().MaxBy(c => c.GetParameters().Length)
            ?? throw new InvalidOperationException($"Het verzoek {verzoek.Name} heeft geen publieke constructor.");
        var namen = Verzoekvelden.Namen(verzoek);
        Velden = constructor.GetParameters()
            .Select(parameter => verzoek.GetProperty(parameter.Name!, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)
                ?? throw new InvalidOperationException($"De parameter {parameter.Name} van {verzoek.Name} is geen eigenschap."))
            .Select(property => new Veld(namen[property], property, property.GetCustomAttribute<VeldregelAttribute>()))
            .ToList();
    }

    public IReadOnlyList<Veld> Velden { get; }

    /// <summary>True when <paramref name="type"/> declares at least one field rule: it is a request record.</summary>
    public static bool Heeft(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => p.IsDefined(typeof(VeldregelAttribute)));

    public static Verzoekregels Van(Type verzoek) => PerRecord.GetOrAdd(verzoek, type => new Verzoekregels(type));

    /// <summary>The record with every field as its rule read it; a field that was absent or wrong is null.</summary>
    public object Maak(VeldLezer velden)
    {
        var waarden = Velden.Select(veld => veld.Regel is null ? null : Lees(velden, veld)).ToArray();
        var parameters = constructor.GetParameters();
        for (var i = 0; i < waarden.Length; i++)
        {
            if (waarden[i] is null && parameters[i].ParameterType.IsValueType && Nullable.GetUnderlyingType(parameters[i].ParameterType) is null)
                waarden[i] = Activator.CreateInstance(parameters[i].ParameterType);
        }
        return constructor.Invoke(waarden);
    }

    private static object? Lees(VeldLezer v, Veld veld)
    {
        var naam = veld.Naam;
        return veld.Regel switch
        {
            MeldingIdAttribute r => v.Id(naam, VeldLezer.MeldingIdReden, r.Verplicht),
            UuidAttribute r => v.Id(naam, r.Reden, r.Verplicht),
            TekstAttribute r => v.Tekst(naam, r.Verplicht, r.MaxLengte > 0 ? r.MaxLengte : null),
            VrijeTekstAttribute r => v.VrijeTekst(naam, r.MaxLengte, r.Verplicht, r.MeerRegels),
            DatumAttribute r => v.Datum(naam, r.Label, r.Verplicht, r.ToekomstToegestaan),
            KeuzeAttribute r => v.Keuze(naam, r.Label, r.Keuzes, r.Verplicht),
            JaNeeAttribute r => v.JaNee(naam, r.Verplicht),
            GetalAttribute r => v.Getal(naam, r.Min, r.Max, r.Verplicht),
            ReferentieAttribute r => v.Referentie(naam, r.Verplicht)?.Value,
            BrinAttribute r => v.Brin(naam, r.Verplicht)?.Value,
            SchoolAttribute r => v.School(naam, r.Verplicht)?.Brin,
            ScholenAttribute r => v.Scholen(naam, r.Verplicht)?.Select(school => school.Brin).ToList(),
            GemeenteAttribute r => v.Gemeente(naam, r.Verplicht, r.AlleenRegio, r.BuitenRegio)?.Value,
            ContractantAttribute r => v.Contractant(naam, r.Verplicht),
            KvkNummerAttribute r => v.KvkNummer(naam, r.Verplicht),
            ObjectAttribute => v.Object(naam, veld.Property.PropertyType, binnen => Van(veld.Property.PropertyType).Maak(binnen)),
            _ => throw new InvalidOperationException($"De regel {veld.Regel?.GetType().Name} van {naam} is onbekend."),
        };
    }

    /// <summary>One field of the record: its JSON name, property and rule (null: not read by rule).</summary>
    public sealed record Veld(string Naam, PropertyInfo Property, VeldregelAttribute? Regel);
}
