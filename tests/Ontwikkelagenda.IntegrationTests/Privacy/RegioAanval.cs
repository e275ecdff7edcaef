using Agenda.Api.Client;

namespace Ontwikkelagenda.IntegrationTests.Privacy;

/// <summary>
/// One regional overview as its reader sees it, worked out with an <see cref="Aanvaller"/>: the sums that hold inside
/// every scope (both kinds make the total, the three durations the open total, started plus waiting the referrals,
/// light plus heavy the trajectories, a kind's open cases at least its long ones, complex cases at least those with a
/// casusregisseur or open long), goal 5 as the longer-than-three-months total, each status as "is it 0", and for every
/// count the region as the sum of the municipalities. A total withheld for another reason than "&lt;5" may be any value:
/// Agenda.Api withholds a total of 1 to 4 that way beside the caller's own part, and where its "&lt;5" would pin its
/// parts down (four municipalities' "&lt;5" under a region "&lt;5").
/// </summary>
public static class RegioAanval
{
    /// <summary>Every "&lt;5" count (as "scope.figure") that fewer than two values fit, with the values that do.</summary>
    public static IReadOnlyList<string> Afleidbaar(RegioOverzicht overzicht)
    {
        var aanvaller = new Aanvaller();
        var gemeenten = overzicht.Gemeenten.Select(g => Scope(aanvaller, g.Code, g.Cijfers)).ToList();
        var swvs = overzicht.Samenwerkingsverbanden.Select(s => Scope(aanvaller, s.Code, s.Cijfers)).ToList();
        var regio = Scope(aanvaller, "regio", overzicht.Regio, totaal: true);
        for (var i = 0; i < regio.Count; i++)
        {
            aanvaller.Som(regio[i].Var, [.. gemeenten.Select(g => g[i].Var)]);
        }
        return Vastgepind(aanvaller, gemeenten.Concat(swvs).Append(regio).SelectMany(s => s));
    }

    /// <summary>The same for one detail answer (a municipality, SWV or school on its own).</summary>
    public static IReadOnlyList<string> Afleidbaar(BeschermdeDetail detail)
    {
        var aanvaller = new Aanvaller();
        return Vastgepind(aanvaller, Scope(aanvaller, "detail", detail));
    }

    private static IReadOnlyList<string> Vastgepind(Aanvaller aanvaller, IEnumerable<Cel> cellen) =>
    [
        .. cellen
            .Where(c => c.Cijfer.Onderdrukking == Onderdrukking.SmallNumber)
            .Select(c => (c.Naam, Mogelijk: aanvaller.Mogelijk(c.Var)))
            .Where(c => c.Mogelijk.Count < 2)
            .Select(c => $"{c.Naam} = {string.Join(" of ", c.Mogelijk)}"),
    ];

    /// <summary>Every rate, share or median of one detail answer shown beside a withheld count it is computed from.</summary>
    public static IReadOnlyList<string> Verraders(BeschermdeDetail detail) => [.. Verraders("detail", detail)];

    /// <summary>Every rate, share or median shown beside a withheld count it is computed from.</summary>
    public static IReadOnlyList<string> Verraders(RegioOverzicht overzicht) =>
    [
        .. overzicht.Gemeenten.Concat(overzicht.Samenwerkingsverbanden).Select(g => (g.Code, g.Cijfers)).Append(("regio", overzicht.Regio))
            .SelectMany(s => Verraders(s.Item1, s.Item2)),
    ];

    private static IEnumerable<string> Verraders(string scope, BeschermdeDetail d)
    {
        var t = d.Thuiszitters;
        foreach (var (naam, cijfers) in new[] { ("totaal", t.Totaal), ("absoluut", t.Absoluut), ("langdurigRelatief", t.LangdurigRelatief) })
        {
            if (cijfers.PerDuizend.IsShown && !cijfers.Open.IsShown) yield return $"{scope}.{naam}.perDuizend";
        }
        var j = d.Jaartelling;
        if (j.TotaalPerDuizend.IsShown && !j.Totaal.IsShown) yield return $"{scope}.jaartelling.totaalPerDuizend";
        if (j.AbsoluutPerDuizend.IsShown && !j.Absoluut.IsShown) yield return $"{scope}.jaartelling.absoluutPerDuizend";
        if (j.LangdurigRelatiefPerDuizend.IsShown && !j.LangdurigRelatief.IsShown) yield return $"{scope}.jaartelling.langdurigRelatiefPerDuizend";
        if (d.Regie.AandeelMetCasusregisseur.IsShown && !(d.Regie.OpenCasussen.IsShown && d.Regie.MetCasusregisseur.IsShown)) yield return $"{scope}.regie.aandeel";
        if (d.Trajecten.AandeelLicht.IsShown && !(d.Trajecten.Actief.IsShown && d.Trajecten.Licht.IsShown)) yield return $"{scope}.trajecten.aandeelLicht";
        if (d.Eed.MediaanDagenTotStart.IsShown && !d.Eed.Gestart.IsShown) yield return $"{scope}.eed.mediaan";
        foreach (var doel in d.Doelen.Where(s => s.KpiStatus is not null && !s.KpiWaarde.IsShown)) yield return $"{scope}.doel{doel.Nummer}.status";
    }

    private sealed record Cel(string Naam, Cijfer Cijfer, int Var);

    /// <summary>The counts of one scope, in the same order for every scope, with the sums inside it declared.</summary>
    /// <param name="totaal">Whether every count of the scope is a total (the region's are the municipalities' sums).</param>
    private static List<Cel> Scope(Aanvaller a, string scope, BeschermdeDetail d, bool totaal = false)
    {
        var cellen = new List<Cel>();
        int C(string naam, Cijfer cijfer, bool isTotaal = false)
        {
            var cel = new Cel($"{scope}.{naam}", cijfer, a.Cel(cijfer, onbegrensd: totaal || isTotaal));
            cellen.Add(cel);
            return cel.Var;
        }
        var t = d.Thuiszitters;
        var (open, aOpen, lOpen) = (C("open", t.Totaal.Open, isTotaal: true), C("absoluut.open", t.Absoluut.Open), C("langdurigRelatief.open", t.LangdurigRelatief.Open));
        var (langer, aLanger, lLanger) = (C("langer", t.Totaal.LangerDanDrieMaanden, isTotaal: true), C("absoluut.langer", t.Absoluut.LangerDanDrieMaanden), C("langdurigRelatief.langer", t.LangdurigRelatief.LangerDanDrieMaanden));
        var (korter, tussen) = (C("korterDanVierWeken", t.KorterDanVierWeken), C("vierWekenTotDrieMaanden", t.VierWekenTotDrieMaanden));
        var (jTotaal, jA, jL) = (C("jaartelling.totaal", d.Jaartelling.Totaal, isTotaal: true), C("jaartelling.absoluut", d.Jaartelling.Absoluut), C("jaartelling.langdurigRelatief", d.Jaartelling.LangdurigRelatief));
        var (verwijzingen, gestart, wachtend) = (C("eed.verwijzingen", d.Eed.Verwijzingen, isTotaal: true), C("eed.gestart", d.Eed.Gestart), C("eed.wachtend", d.Eed.Wachtend));
        var (regie, met, twaalf) = (C("regie.open", d.Regie.OpenCasussen), C("regie.met", d.Regie.MetCasusregisseur), C("regie.langerDanTwaalfWeken", d.Regie.LangerDanTwaalfWeken));
        var (actief, licht, zwaar) = (C("trajecten.actief", d.Trajecten.Actief, isTotaal: true), C("trajecten.licht", d.Trajecten.Licht), C("trajecten.zwaar", d.Trajecten.Zwaar));

        a.Som(open, aOpen, lOpen);
        a.Som(langer, aLanger, lLanger);
        a.Som(open, korter, tussen, langer);
        a.TenminsteZoveel(aOpen, aLanger);
        a.TenminsteZoveel(lOpen, lLanger);
        a.Som(jTotaal, jA, jL);
        a.Som(verwijzingen, gestart, wachtend);
        a.Som(actief, licht, zwaar);
        a.TenminsteZoveel(regie, met);
        a.TenminsteZoveel(regie, twaalf);
        foreach (var (cijfers, cel) in new[] { (t.Totaal, langer), (t.Absoluut, aLanger), (t.LangdurigRelatief, lLanger) })
        {
            if (cijfers.Status is { } status) a.IsNul(cel, status == ThuiszitterStatus.OpKoers);
        }
        // Goal 5 is the longer-than-three-months total: a value shown there is that count.
        if (d.Doelen.FirstOrDefault(s => s.Nummer == 5) is { KpiWaarde: { IsShown: true, Value: { } doel5 } })
        {
            a.Som(langer, a.Cel(Cijfer.Shown(doel5)));
        }
        return cellen;
    }
}
