using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Ontwikkelagenda.Intake.Validatie;

/// <summary>The kebab-case JSON names of an enum from its <see cref="JsonStringEnumMemberNameAttribute"/>s.</summary>
public static class JsonEnumNames<TEnum> where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByName = JsonEnumNames.Of(typeof(TEnum))
        .ToDictionary(pair => pair.Key, pair => (TEnum)pair.Value, StringComparer.Ordinal);

    public static IEnumerable<string> Names => ByName.Keys;

    public static bool TryParse(string? name, out TEnum value) => ByName.TryGetValue(name ?? "", out value);

    /// <summary>A name that was validated before (a read request's choice).</summary>
    public static TEnum Parse(string? name) => ByName[name ?? ""];

    public static string NameOf(TEnum value) => ByName.First(pair => pair.Value.Equals(value)).Key;

    public static string Listing => string.Join(", ", ByName.Keys.Select(name => $"'{name}'"));
}

/// <summary>The same names for an enum known only by its type (a request record's declared choice).</summary>
public static class JsonEnumNames
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, object>> PerEnum = new();

    public static IReadOnlyDictionary<string, object> Of(Type keuzes) => PerEnum.GetOrAdd(keuzes, type => type
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .ToDictionary(
            field => field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? field.Name,
            field => field.GetValue(null)!,
            StringComparer.Ordinal));

    public static string Listing(Type keuzes) => string.Join(", ", Of(keuzes).Keys.Select(name => $"'{name}'"));
}
