namespace Agenda.Api.Doelen;

/// <summary>The last days of the months that fall between two dates (both included).</summary>
public static class Maandeinden
{
    public static IReadOnlyList<DateOnly> Tussen(DateOnly van, DateOnly tot)
    {
        var result = new List<DateOnly>();
        var einde = LaatsteDag(van);
        while (einde <= tot)
        {
            result.Add(einde);
            einde = LaatsteDag(einde.AddDays(1));
        }
        return result;
    }

    private static DateOnly LaatsteDag(DateOnly dag) => new(dag.Year, dag.Month, DateTime.DaysInMonth(dag.Year, dag.Month));
}
