namespace Ontwikkelagenda.Web.Tests;

/// <summary>Every combination of four counts from 0 to a maximum, for the brute-force suppression proofs.</summary>
internal static class Combinaties
{
    public static IEnumerable<int[]> All(int maximum)
    {
        for (var a = 0; a <= maximum; a++)
        for (var b = 0; b <= maximum; b++)
        for (var c = 0; c <= maximum; c++)
        for (var d = 0; d <= maximum; d++)
        {
            yield return [a, b, c, d];
        }
    }
}
