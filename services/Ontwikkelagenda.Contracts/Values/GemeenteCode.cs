using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Ontwikkelagenda.Contracts.Values;

/// <summary>A CBS municipality code: <c>GM</c> and four digits, e.g. <c>GM1730</c> (Tynaarlo).</summary>
[JsonConverter(typeof(CodeJsonConverter<GemeenteCode>))]
public readonly partial record struct GemeenteCode : ICode<GemeenteCode>
{
    public string Value { get; }

    private GemeenteCode(string value) => Value = value;

    public static bool TryParse([NotNullWhen(true)] string? text, out GemeenteCode code)
    {
        code = default;
        if (text is null || !Pattern().IsMatch(text)) return false;
        code = new GemeenteCode(text);
        return true;
    }

    public static GemeenteCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is geen geldige CBS-gemeentecode (GM en vier cijfers, bijvoorbeeld GM1730).");

    public override string ToString() => Value;

    [GeneratedRegex("^GM[0-9]{4}$")]
    private static partial Regex Pattern();
}
