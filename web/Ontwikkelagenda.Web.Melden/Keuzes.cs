namespace Ontwikkelagenda.Web.Melden;

/// <summary>The fixed choices of the intake services (their JSON enum names) with Dutch labels.</summary>
public static class Keuzes
{
    public static IReadOnlyList<Keuze> SoortVerzuim { get; } =
    [
        new("langdurig-relatief", "Langdurig relatief verzuim (ingeschreven, langer dan vier weken afwezig)"),
        new("absoluut", "Absoluut verzuim (niet ingeschreven)"),
    ];

    public static IReadOnlyList<Keuze> Uitkomst { get; } =
    [
        new("terug-naar-school", "Terug naar school"),
        new("passend-onderwijsaanbod", "Passend onderwijsaanbod"),
        new("zorgaanbod", "Zorgaanbod"),
        new("vrijstelling", "Vrijstelling (geen oplossing)"),
        new("verhuisd", "Verhuisd buiten de regio"),
    ];

    public static IReadOnlyList<Keuze> Zwaarte { get; } = [new("licht", "Licht (Wmo, preventief)"), new("zwaar", "Zwaar (jeugdhulp)")];

    public static IReadOnlyList<Keuze> Kader { get; } =
        [new("wmo", "Wmo"), new("jeugdwet", "Jeugdwet"), new("zvw-wlz", "Zvw/Wlz"), new("pgb", "Pgb")];

    public static IReadOnlyList<Keuze> ContractSoort { get; } = [new("jeugdhulp", "Jeugdhulp"), new("eed", "EED (dyslexiezorg)")];

    public static IReadOnlyList<Keuze> DoelStatus { get; } =
        [new("op-koers", "Op koers"), new("aandacht-nodig", "Aandacht nodig"), new("achter", "Achter")];

    public static string Label(IReadOnlyList<Keuze> keuzes, string? waarde) =>
        keuzes.FirstOrDefault(k => k.Waarde == waarde)?.Label ?? waarde ?? "";
}
