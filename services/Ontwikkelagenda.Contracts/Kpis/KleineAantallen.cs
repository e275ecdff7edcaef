namespace Ontwikkelagenda.Contracts.Kpis;

/// <summary>
/// domain.md, Privacy: a count of 1 to 4 children is never shown to someone without case rights for that place
/// (0 is shown). The one place the threshold is written; every view that withholds small counts asks here.
/// </summary>
public static class KleineAantallen
{
    /// <summary>The smallest count that may be shown as it is.</summary>
    public const int Drempel = 5;

    public static bool IsKlein(int aantal) => aantal is > 0 and < Drempel;
}
