using System.Globalization;
using Agenda.Api.Client;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>
/// Exact counts from the regio-overzicht (docs/rights.md): a municipality's row read as its own leerplichtambtenaar, the
/// only caller who sees its counts exactly; the region, which nobody sees exactly, as the sum of its four municipalities
/// each so read.
/// </summary>
internal static class EigenCijfers
{
    /// <summary>The four municipalities of the region (RegioGemeenten).</summary>
    public static readonly IReadOnlyList<string> Gemeenten = ["GM0106", "GM1680", "GM1730", "GM1731"];

    /// <summary>The row of <paramref name="gemeente"/> in the overview as its own leerplichtambtenaar reads it (<paramref name="als"/>, by code).</summary>
    public static async Task<BeschermdeDetail> Gemeente(Func<string, IAgendaApi> als, string gemeente, DateOnly? peildatum, CancellationToken cancellationToken) =>
        (await als(gemeente).GetRegioOverzicht(peildatum, cancellationToken)).Gemeenten.Single(g => g.Code == gemeente).Cijfers;

    /// <summary>Each municipality's row, each read as that municipality's own leerplichtambtenaar.</summary>
    public static async Task<Regiotelling> Regio(Func<string, IAgendaApi> als, DateOnly? peildatum, CancellationToken cancellationToken)
    {
        var rijen = new Dictionary<string, BeschermdeDetail>();
        foreach (var gemeente in Gemeenten) rijen[gemeente] = await Gemeente(als, gemeente, peildatum, cancellationToken);
        return new Regiotelling(rijen);
    }

    /// <summary>The open thuiszitter cases of a row read with case rights.</summary>
    public static int Open(BeschermdeDetail cijfers) => cijfers.Thuiszitters.Totaal.Open.Aantal();
}

/// <summary>The four municipalities' rows, each exact; the region's counts are their sums.</summary>
internal sealed record Regiotelling(IReadOnlyDictionary<string, BeschermdeDetail> Gemeenten)
{
    public BeschermdeDetail this[string gemeente] => Gemeenten[gemeente];

    /// <summary>The region's exact count of <paramref name="cijfer"/>: the sum over its municipalities.</summary>
    public int Som(Func<BeschermdeDetail, Cijfer> cijfer) => Gemeenten.Values.Sum(g => cijfer(g).Aantal());
}

/// <summary>The text the web puts on a page for a figure as Agenda.Api gave it (the web's FigureText).</summary>
internal static class Paginatekst
{
    private static readonly CultureInfo Nederlands = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>A count: the number when shown, "&lt;5" for a small number, "niet getoond" for any other withheld one.</summary>
    public static string Aantal(Cijfer cijfer) => cijfer.Onderdrukking switch
    {
        Onderdrukking.None => cijfer.Value is { } waarde ? waarde.ToString("#,0", Nederlands) : "onbekend",
        Onderdrukking.SmallNumber => "<5",
        _ => "niet getoond",
    };
}
