using Agenda.Api.Client;
using Ontwikkelagenda.Web.Common;
using Ontwikkelagenda.Contracts.Kpis;

namespace Ontwikkelagenda.Web.Export;

/// <summary>
/// The Inkoop page's grids as CSV, with the rows in the order and selection the user sees. Provider counts are not
/// about children, so no small-number suppression applies here (domain.md's rule is for counts of cases).
/// </summary>
public static class InkoopCsv
{
    public static IReadOnlyList<string> SchoolKoppen { get; } =
        ["BRIN", "School", "Gemeente", "Aantal aanbieders", "Boven norm", "Aanbieders"];

    public static IReadOnlyList<string> GemeenteKoppen { get; } =
        ["CBS-code", "Gemeente", "Aantal aanbieders", "Aanbieders"];

    /// <param name="gemeenteNamen">CBS code to name; a code without a name is written as it is.</param>
    public static byte[] Scholen(IEnumerable<SchoolAanbieders> scholen, IReadOnlyDictionary<string, string> gemeenteNamen) =>
        DutchCsv.Bytes(SchoolKoppen, scholen.Select(s => (IReadOnlyList<string>)
        [
            s.Brin,
            s.Naam,
            gemeenteNamen.GetValueOrDefault(s.Gemeente, s.Gemeente),
            s.Aantal.ToString(DutchFormat.Culture),
            s.BovenNorm ? "ja" : "nee",
            Namen(s.Aanbieders),
        ]));

    public static byte[] Gemeenten(IEnumerable<GemeenteAanbieders> gemeenten) =>
        DutchCsv.Bytes(GemeenteKoppen, gemeenten.Select(g => (IReadOnlyList<string>)
        [
            g.Gemeente,
            g.Naam,
            g.Aantal.ToString(DutchFormat.Culture),
            Namen(g.Aanbieders),
        ]));

    // One cell for the list: names in alphabetical order, separated by a comma (the separator is the semicolon).
    private static string Namen(IEnumerable<Aanbieder> aanbieders) =>
        string.Join(", ", aanbieders.Select(a => a.Naam).Order(StringComparer.Create(DutchFormat.Culture, false)));
}
