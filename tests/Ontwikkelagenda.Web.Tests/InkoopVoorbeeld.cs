using Agenda.Api.Client;
using Ontwikkelagenda.Contracts.Kpis;

namespace Ontwikkelagenda.Web.Tests;

/// <summary>An Inkoop comparison shaped like the sample data: three schools above the norm of 6, one exactly at it.</summary>
internal static class InkoopVoorbeeld
{
    public static readonly DateOnly Peildatum = new(2026, 11, 25);

    public static InkoopVergelijking Vergelijking(DateOnly? peildatum = null, params SchoolAanbieders[] extra)
    {
        var scholen = new List<SchoolAanbieders>
        {
            School("65WY", "SBO De Boei", "GM0106", 6),
            School("51GD", "De Aventurijn", "GM0106", 9),
            School("12AB", "OBS De Zevensprong", "GM1730", 2),
            School("31NK", "SBO De Meander", "GM1731", 7),
            School("50LC", "De Atlas", "GM0106", 8),
        };
        scholen.AddRange(extra);
        var gemeenten = new List<GemeenteAanbieders>
        {
            Gemeente("GM1680", "Aa en Hunze", 10),
            Gemeente("GM0106", "Assen", 10),
            Gemeente("GM1731", "Midden-Drenthe", 10),
            Gemeente("GM1730", "Tynaarlo", 10),
        };
        var overlap = new List<AanbiederOverlap>
        {
            new(Guid.NewGuid(), "Accare", ["GM1680", "GM0106", "GM1731", "GM1730"], true, false),
            new(Guid.NewGuid(), "Dyslexiezorg Taalkracht Noord (voorbeeld)", ["GM1680"], false, true),
            new(Guid.NewGuid(), "Dyslexiepraktijk Leestalent (voorbeeld)", ["GM0106", "GM1730", "GM1731"], false, false),
        };
        return new InkoopVergelijking(peildatum ?? Peildatum, 6, gemeenten, scholen, overlap, 1, 1, scholen.Count(s => s.BovenNorm));
    }

    public static SchoolAanbieders School(string brin, string naam, string gemeente, int aantal) =>
        new(brin, naam, gemeente, aantal, Aanbieders(aantal, brin), aantal > 6);

    private static GemeenteAanbieders Gemeente(string code, string naam, int aantal) => new(code, naam, aantal, Aanbieders(aantal, code));

    private static List<Aanbieder> Aanbieders(int aantal, string bij) =>
        Enumerable.Range(1, aantal).Select(i => new Aanbieder(Guid.NewGuid(), $"Aanbieder {i:00} {bij}")).ToList();
}
