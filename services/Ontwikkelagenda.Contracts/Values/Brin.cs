using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Ontwikkelagenda.Contracts.Values;

/// <summary>A school's BRIN number: two digits then two capital letters, e.g. <c>12AB</c>.</summary>
[JsonConverter(typeof(CodeJsonConverter<Brin>))]
public readonly partial record struct Brin : ICode<Brin>
{
    public string Value { get; }

    private Brin(string value) => Value = value;

    public static bool TryParse([NotNullWhen(true)] string? text, out Brin brin)
    {
        brin = default;
        if (text is null || !Pattern().IsMatch(text)) return false;
        brin = new Brin(text);
        return true;
    }

    public static Brin Parse(string text) =>
        TryParse(text, out var brin) ? brin : throw new FormatException($"'{text}' is geen geldig BRIN-nummer (twee cijfers en twee hoofdletters, bijvoorbeeld 12AB).");

    public override string ToString() => Value;

    [GeneratedRegex("^[0-9]{2}[A-Z]{2}$")]
    private static partial Regex Pattern();
}
