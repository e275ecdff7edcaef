namespace Ontwikkelagenda.Web.Components.Gebieden;

/// <summary>Where the detail page of a municipality, SWV or school is (relative: the app has &lt;base href="/"&gt;).</summary>
public static class GebiedRoutes
{
    public static string Gemeente(string code) => "gemeenten/" + Uri.EscapeDataString(code);

    public static string Samenwerkingsverband(string code) => "samenwerkingsverbanden/" + Uri.EscapeDataString(code);

    public static string School(string brin) => "scholen/" + Uri.EscapeDataString(brin);

    /// <summary>The results page of a search by name or BRIN.</summary>
    public static string Zoeken(string zoek) => "scholen?zoek=" + Uri.EscapeDataString(zoek);

    /// <summary>A municipality's CBS code starts with GM; the region's SWV codes do not.</summary>
    public static string Van(string code) =>
        code.StartsWith("GM", StringComparison.OrdinalIgnoreCase) ? Gemeente(code) : Samenwerkingsverband(code);
}
