using Agenda.Api.Client;

namespace Ontwikkelagenda.Web.Components.Inkoop;

/// <summary>
/// What the procurement officer filters on: a piece of text (school name, BRIN or provider) and one municipality.
/// Kept by the page, so a refresh of the figures keeps it.
/// </summary>
public sealed record InkoopFilter(string Zoektekst = "", string Gemeente = "")
{
    public bool IsLeeg => Zoektekst.Trim().Length == 0 && Gemeente.Length == 0;

    public IReadOnlyList<SchoolAanbieders> Scholen(IEnumerable<SchoolAanbieders> scholen) =>
        scholen
            .Where(s => Gemeente.Length == 0 || s.Gemeente == Gemeente)
            .Where(s => Past(s.Brin) || Past(s.Naam) || s.Aanbieders.Any(a => Past(a.Naam)))
            .ToList();

    public IReadOnlyList<GemeenteAanbieders> Gemeenten(IEnumerable<GemeenteAanbieders> gemeenten) =>
        gemeenten
            .Where(g => Gemeente.Length == 0 || g.Gemeente == Gemeente)
            .Where(g => Past(g.Naam) || g.Aanbieders.Any(a => Past(a.Naam)))
            .ToList();

    private bool Past(string tekst)
    {
        var zoek = Zoektekst.Trim();
        return zoek.Length == 0 || tekst.Contains(zoek, StringComparison.CurrentCultureIgnoreCase);
    }
}
