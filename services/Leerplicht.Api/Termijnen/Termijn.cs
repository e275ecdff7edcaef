namespace Leerplicht.Api.Termijnen;

/// <summary>
/// The Thuiszitterspact's three months (domain.md): calendar months as <see cref="DateOnly.AddMonths"/> counts them,
/// so a case from 31 January reaches three months on 30 April and is longer than three months from 1 May.
/// </summary>
public static class Termijn
{
    /// <summary>The first day the case is longer than three months.</summary>
    public static DateOnly Termijndatum(DateOnly startdatum) => startdatum.AddMonths(3).AddDays(1);

    public static bool IsOverschreden(DateOnly startdatum, DateOnly peildatum) => startdatum.AddMonths(3) < peildatum;
}
