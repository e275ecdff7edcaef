using System.Globalization;

namespace Agenda.Api.Benchmarks;

/// <summary>A school year, written 2016-2017: 1 August of the first year to 31 July of the second.</summary>
public readonly record struct Schooljaar(int Beginjaar)
{
    public DateOnly Eerste => new(Beginjaar, 8, 1);

    public DateOnly Laatste => new(Beginjaar + 1, 7, 31);

    public override string ToString() => $"{Beginjaar}-{Beginjaar + 1}";

    public static bool TryParse(string? text, out Schooljaar schooljaar)
    {
        schooljaar = default;
        if (text is not { Length: 9 } || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var begin)
            || !int.TryParse(text.AsSpan(5, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var einde)
            || einde != begin + 1 || begin < 1900)
        {
            return false;
        }
        schooljaar = new Schooljaar(begin);
        return true;
    }
}
