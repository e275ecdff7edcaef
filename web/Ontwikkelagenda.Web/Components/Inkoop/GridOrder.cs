using MudBlazor;

namespace Ontwikkelagenda.Web.Components.Inkoop;

/// <summary>
/// The rows of a MudDataGrid in the order its column sorting shows them, so that an export holds what the user
/// sees. Sorting again rows the grid already sorted changes nothing (the sort is stable).
/// </summary>
public static class GridOrder
{
    public static IReadOnlyList<T> Apply<T>(IEnumerable<T> rows, IEnumerable<SortDefinition<T>> sortering)
    {
        IOrderedEnumerable<T>? ordered = null;
        foreach (var sort in sortering.OrderBy(s => s.Index))
        {
            var comparer = sort.Comparer ?? Comparer<object>.Default;
            ordered = (ordered, sort.Descending) switch
            {
                (null, false) => rows.OrderBy(sort.SortFunc, comparer),
                (null, true) => rows.OrderByDescending(sort.SortFunc, comparer),
                (_, false) => ordered.ThenBy(sort.SortFunc, comparer),
                (_, true) => ordered.ThenByDescending(sort.SortFunc, comparer),
            };
        }
        return (ordered ?? rows).ToList();
    }
}
