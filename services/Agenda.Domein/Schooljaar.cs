namespace Agenda.Domein;

/// <summary>A school year runs from 1 August to 31 July and is written "2025-2026".</summary>
public static class Schooljaar
{
    public static DateOnly Begin(DateOnly peildatum) =>
        new(peildatum.Month >= 8 ? peildatum.Year : peildatum.Year - 1, 8, 1);

    public static string Van(DateOnly peildatum)
    {
        var begin = Begin(peildatum).Year;
        return $"{begin}-{begin + 1}";
    }

    /// <summary>The first calendar year of "2025-2026"; null when the text is no school year.</summary>
    public static int? BeginJaar(string schooljaar) =>
        schooljaar.Length >= 4 && int.TryParse(schooljaar.AsSpan(0, 4), out var jaar) ? jaar : null;
}
