namespace Ontwikkelagenda.Bench.Metingen;

/// <summary>Latencies in milliseconds: how many, the median, the 99th percentile (nearest rank) and the slowest.</summary>
public sealed record Verdeling(int Aantal, double P50Ms, double P99Ms, double MaxMs)
{
    public static Verdeling Van(IEnumerable<TimeSpan> tijden)
    {
        var ms = tijden.Select(t => t.TotalMilliseconds).Order().ToArray();
        return ms.Length == 0 ? new Verdeling(0, 0, 0, 0) : new Verdeling(ms.Length, Rang(ms, 0.50), Rang(ms, 0.99), ms[^1]);
    }

    private static double Rang(double[] gesorteerd, double fractie) =>
        gesorteerd[Math.Clamp((int)Math.Ceiling(fractie * gesorteerd.Length) - 1, 0, gesorteerd.Length - 1)];
}
