using Ontwikkelagenda.Contracts.Kpis;
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.IntegrationTests.Privacy;

/// <summary>
/// Random but consistent regional overviews for brute-force tests: four municipalities drawn count by count (mostly
/// small, a third 0), the region their sum, two SWVs drawn on their own (they are no part of the region's sums).
/// </summary>
public static class RegioVoorbeelden
{
    public static readonly string[] Gemeenten = ["GM1680", "GM0106", "GM1731", "GM1730"];
    public static readonly string[] Swvs = ["PO2201", "VO2201"];

    public sealed record Voorbeeld(IReadOnlyList<ScopeCijfers> Gemeenten, IReadOnlyList<ScopeCijfers> Swvs, ScopeCijfers Regio);

    /// <param name="klein">Draw mostly 1s, so that region totals of 1 to 4 over four "&lt;5" municipalities come up often.</param>
    public static Voorbeeld Trek(Random random, bool klein = false) =>
        Uit([.. Gemeenten.Select(_ => Bladen.Trek(random, klein).Waarden)], [.. Swvs.Select(_ => Bladen.Trek(random, klein).Waarden)]);

    /// <summary>An overview from each municipality's and SWV's 17 base counts (see <see cref="Bladen.Cijfers"/>).</summary>
    public static Voorbeeld Uit(IReadOnlyList<int[]> gemeenten, IReadOnlyList<int[]> swvs)
    {
        var bladen = gemeenten.Select(w => new Bladen(w)).ToList();
        return new Voorbeeld(
            [.. bladen.Select(b => b.Cijfers())],
            [.. swvs.Select(w => new Bladen(w).Cijfers())],
            bladen.Aggregate(Bladen.Nul, (som, b) => som + b).Cijfers());
    }

    /// <summary>Base counts with one case: 0 everywhere but <paramref name="index"/>.</summary>
    public static int[] Een(int index) => [.. Enumerable.Range(0, 17).Select(i => i == index ? 1 : 0)];

    /// <summary>The counts everything else of a scope is made of.</summary>
    public sealed record Bladen(int[] Waarden)
    {
        public static Bladen Nul { get; } = new(new int[17]);

        public static Bladen Trek(Random random, bool klein) =>
            new([.. Enumerable.Range(0, 17).Select(_ => klein ? random.Next(5) switch { 0 => 0, 4 => 2, _ => 1 } : Aantal(random))]);

        public static Bladen operator +(Bladen a, Bladen b) => new([.. a.Waarden.Zip(b.Waarden, (x, y) => x + y)]);

        private static int Aantal(Random random) => random.Next(3) == 0 ? 0 : random.Next(10) < 6 ? random.Next(1, 5) : random.Next(5, 9);

        /// <summary>0-5: absoluut and langdurig relatief open under four weeks, in the middle, longer than three months; 6-7: the
        /// school year's count by kind; 8, 9, 14: complex cases with a casusregisseur, without and shorter, without and longer
        /// than twelve weeks; 10-11: referrals started and waiting; 12-13: closed by kind; 15-16: light and heavy trajectories.</summary>
        public ScopeCijfers Cijfers()
        {
            var w = Waarden;
            // Open cases by kind (absoluut, langdurig relatief) and duration (under four weeks, the middle, longer than three months).
            var (aKort, aMidden, aLang, lKort, lMidden, lLang) = (w[0], w[1], w[2], w[3], w[4], w[5]);
            var absoluut = Thuiszitters(aKort + aMidden + aLang, aLang, aKort, w[12]);
            var langdurig = Thuiszitters(lKort + lMidden + lLang, lLang, lKort, w[13]);
            var totaal = Thuiszitters(absoluut.Open + langdurig.Open, aLang + lLang, aKort + lKort, w[12] + w[13]);
            // Complex cases: with a casusregisseur, without one and open shorter, without one and open longer than twelve weeks.
            var (met, zonder, lang) = (w[8], w[9], w[14]);
            return new ScopeCijfers(
                totaal, absoluut, langdurig,
                new JaartellingCijfers("2026-2027", w[6] + w[7], w[6], w[7], Rate(w[6] + w[7]), Rate(w[6]), Rate(w[7])),
                new InkoopCijfers(12, null, 6, 10, 1, 7),
                new EedCijfers(20, 18, 90.0m, 91.0m, w[10] + w[11], w[10], w[11], w[10] == 0 ? null : 40m),
                new RegieCijfers(met + zonder + lang, met, Share(met, met + zonder + lang), lang),
                new TrajectCijfers(w[15] + w[16], w[15], w[16], Share(w[15], w[15] + w[16])),
                [new DoelStand(5, "Geen thuiszitters langer dan drie maanden", KpiSleutels.ThuiszittersLangerDanDrieMaanden,
                    aLang + lLang, 0, aLang + lLang == 0 ? DoelStatus.OpKoers : DoelStatus.Achter, null, null)]);
        }

        private static ThuiszitterCijfers Thuiszitters(int open, int langer, int korter, int afgesloten) =>
            new(open, langer, Rate(open), afgesloten == 0 ? null : 50.0m, afgesloten, afgesloten == 0 ? null : 10.0m, korter);

        private static decimal Rate(int count) => Math.Round(count * 1000m / 5_000, 1, MidpointRounding.AwayFromZero);

        private static decimal? Share(int part, int whole) => whole == 0 ? null : Math.Round(part * 100m / whole, 1, MidpointRounding.AwayFromZero);
    }
}
