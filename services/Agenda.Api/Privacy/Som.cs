namespace Agenda.Api.Privacy;

/// <summary>A total and its parts in a <see cref="Telling"/>: the total is the sum of the parts.</summary>
public sealed record Som(TelCel Totaal, IReadOnlyList<TelCel> Delen)
{
    /// <summary>Every count of the sum with its sign in "parts minus total is 0".</summary>
    public IEnumerable<(TelCel Cel, int Teken)> Termen => Delen.Select(d => (d, 1)).Prepend((Totaal, -1));
}
