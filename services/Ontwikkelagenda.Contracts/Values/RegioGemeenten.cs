namespace Ontwikkelagenda.Contracts.Values;

/// <summary>
/// The four municipalities of samenwerkingsverband 22.01 (domain.md). Intake services accept
/// cases for these only; names and denominators live in the reference data.
/// </summary>
public static class RegioGemeenten
{
    /// <summary>The region's own code (SWV 22.01), the key of its scope.</summary>
    public const string Regiocode = "22.01";

    public static readonly GemeenteCode AaEnHunze = GemeenteCode.Parse("GM1680");
    public static readonly GemeenteCode Assen = GemeenteCode.Parse("GM0106");
    public static readonly GemeenteCode MiddenDrenthe = GemeenteCode.Parse("GM1731");
    public static readonly GemeenteCode Tynaarlo = GemeenteCode.Parse("GM1730");

    public static IReadOnlyList<GemeenteCode> All { get; } = [AaEnHunze, Assen, MiddenDrenthe, Tynaarlo];

    public static bool Contains(GemeenteCode code) => All.Contains(code);
}
