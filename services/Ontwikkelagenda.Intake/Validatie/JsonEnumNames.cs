using System.Reflection;
using System.Text.Json.Serialization;

namespace Ontwikkelagenda.Intake.Validatie;

/// <summary>The kebab-case JSON names of an enum from its <see cref="JsonStringEnumMemberNameAttribute"/>s.</summary>
public static class JsonEnumNames<TEnum> where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByName = typeof(TEnum)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .ToDictionary(
            field => field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? field.Name,
            field => (TEnum)field.GetValue(null)!,
            StringComparer.Ordinal);

    public static IEnumerable<string> Names => ByName.Keys;

    public static bool TryParse(string? name, out TEnum value) => ByName.TryGetValue(name ?? "", out value);

    public static string NameOf(TEnum value) => ByName.First(pair => pair.Value.Equals(value)).Key;

    public static string Listing => string.Join(", ", ByName.Keys.Select(name => $"'{name}'"));
}
