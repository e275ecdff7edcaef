namespace Ontwikkelagenda.Contracts.Values;

/// <summary>
/// Who made a contract: one municipality, or (when <see cref="Gemeente"/> is null) the jeugdzorg
/// subregion Noord- en Midden-Drenthe on behalf of all its municipalities, so it counts for each of the four.
/// </summary>
public sealed record Contractant(GemeenteCode? Gemeente)
{
    public static Contractant Subregio { get; } = new((GemeenteCode?)null);

    public bool IsSubregio => Gemeente is null;

    /// <summary>The region's municipalities the contract counts for.</summary>
    public IReadOnlyList<GemeenteCode> Gemeenten => Gemeente is { } g ? [g] : RegioGemeenten.All;
}
