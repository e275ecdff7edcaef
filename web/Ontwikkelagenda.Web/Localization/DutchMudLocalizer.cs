using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Ontwikkelagenda.Web.Localization;

/// <summary>
/// Dutch for the words MudBlazor writes itself (a screen reader reads the data grid's sort buttons out loud).
/// A key not listed here keeps MudBlazor's English.
/// </summary>
public sealed class DutchMudLocalizer : MudLocalizer
{
    private static readonly Dictionary<string, string> Teksten = new(StringComparer.Ordinal)
    {
        ["MudDataGrid_Sort"] = "Sorteren",
        ["MudDataGrid_Unsort"] = "Niet sorteren",
        ["MudDataGrid_Loading"] = "Laden…",
        ["MudDataGrid_Filter"] = "Filteren",
        ["MudDataGrid_ShowColumnOptions"] = "Kolomopties",
        ["MudDataGrid_Clear"] = "Wissen",
        ["MudDataGrid_Contains"] = "bevat",
    };

    public override LocalizedString this[string key] =>
        Teksten.TryGetValue(key, out var tekst)
            ? new LocalizedString(key, tekst)
            : new LocalizedString(key, key, resourceNotFound: true);
}
