using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Api.Privacy;

/// <summary>
/// The counts of children of one scope in a <see cref="Telling"/>, with the sums inside it: both kinds of thuiszitters
/// make the total (open, longer than three months, the school year's count), the open total is its three durations,
/// referrals are started plus waiting, active trajectories light plus heavy; and a kind's open cases are at least its
/// long ones, complex cases at least those with a casusregisseur and those open longer than twelve weeks.
/// </summary>
public sealed record ScopeTelling(
    TelCel Open, TelCel AbsoluutOpen, TelCel LangdurigRelatiefOpen,
    TelCel Langer, TelCel AbsoluutLanger, TelCel LangdurigRelatiefLanger,
    TelCel KorterDanVierWeken, TelCel VierWekenTotDrieMaanden,
    TelCel Jaartelling, TelCel JaartellingAbsoluut, TelCel JaartellingLangdurigRelatief,
    TelCel Verwijzingen, TelCel Gestart, TelCel Wachtend,
    TelCel RegieOpen, TelCel MetCasusregisseur, TelCel LangerDanTwaalfWeken,
    TelCel Actief, TelCel Licht, TelCel Zwaar)
{
    public static ScopeTelling Van(Telling telling, ScopeCijfers c, bool exact)
    {
        TelCel Cel(int waarde) => telling.Cel(waarde, exact);
        var t = c.Thuiszitters;
        var scope = new ScopeTelling(
            Cel(t.Open), Cel(c.Absoluut.Open), Cel(c.LangdurigRelatief.Open),
            Cel(t.LangerDanDrieMaanden), Cel(c.Absoluut.LangerDanDrieMaanden), Cel(c.LangdurigRelatief.LangerDanDrieMaanden),
            Cel(t.KorterDanVierWeken), Cel(t.Open - t.KorterDanVierWeken - t.LangerDanDrieMaanden),
            Cel(c.Jaartelling.Totaal), Cel(c.Jaartelling.Absoluut), Cel(c.Jaartelling.LangdurigRelatief),
            Cel(c.Eed.Verwijzingen), Cel(c.Eed.Gestart), Cel(c.Eed.Wachtend),
            Cel(c.Regie.OpenCasussen), Cel(c.Regie.MetCasusregisseur), Cel(c.Regie.LangerDanTwaalfWeken),
            Cel(c.Trajecten.Actief), Cel(c.Trajecten.Licht), Cel(c.Trajecten.Zwaar));
        telling.Som(scope.Open, scope.AbsoluutOpen, scope.LangdurigRelatiefOpen);
        telling.Som(scope.Langer, scope.AbsoluutLanger, scope.LangdurigRelatiefLanger);
        telling.Som(scope.Open, scope.KorterDanVierWeken, scope.VierWekenTotDrieMaanden, scope.Langer);
        telling.Som(scope.Jaartelling, scope.JaartellingAbsoluut, scope.JaartellingLangdurigRelatief);
        telling.Som(scope.Verwijzingen, scope.Gestart, scope.Wachtend);
        telling.Som(scope.Actief, scope.Licht, scope.Zwaar);
        telling.TenminsteZoveel(scope.AbsoluutOpen, scope.AbsoluutLanger);
        telling.TenminsteZoveel(scope.LangdurigRelatiefOpen, scope.LangdurigRelatiefLanger);
        telling.TenminsteZoveel(scope.RegieOpen, scope.MetCasusregisseur);
        telling.TenminsteZoveel(scope.RegieOpen, scope.LangerDanTwaalfWeken);
        return scope;
    }

    /// <summary>Declares every count of <paramref name="totaal"/> the sum of the same count of <paramref name="delen"/> (the region of its municipalities).</summary>
    public static void Optellen(Telling telling, ScopeTelling totaal, IReadOnlyList<ScopeTelling> delen)
    {
        var cellen = totaal.Cellen();
        for (var i = 0; i < cellen.Count; i++)
        {
            var index = i;
            telling.Som(cellen[index], [.. delen.Select(d => d.Cellen()[index])]);
        }
    }

    private IReadOnlyList<TelCel> Cellen() =>
    [
        Open, AbsoluutOpen, LangdurigRelatiefOpen, Langer, AbsoluutLanger, LangdurigRelatiefLanger,
        KorterDanVierWeken, VierWekenTotDrieMaanden, Jaartelling, JaartellingAbsoluut, JaartellingLangdurigRelatief,
        Verwijzingen, Gestart, Wachtend, RegieOpen, MetCasusregisseur, LangerDanTwaalfWeken, Actief, Licht, Zwaar,
    ];
}
