namespace Ontwikkelagenda.ServiceDefaults.Toegang;

/// <summary>The kinds of organisation an account or client belongs to, as the values of <c>organisatie_soort</c>.</summary>
public static class OrganisatieSoorten
{
    public const string Gemeente = "gemeente";
    public const string School = "school";
    public const string Swv = "swv";
    public const string Subregio = "subregio";
    public const string Beheer = "beheer";

    public static IReadOnlyList<string> Alle { get; } = [Gemeente, School, Swv, Subregio, Beheer];
}
