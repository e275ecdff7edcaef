namespace Identity.Api.Accounts;

/// <summary>The organisation an account or a client belongs to: a kind and that kind's code (README.md, "What a token carries").</summary>
public sealed record Organisatie(string Soort, string Code)
{
    public const string Gemeente = "gemeente";
    public const string School = "school";
    public const string Swv = "swv";
    public const string Subregio = "subregio";
    public const string Beheer = "beheer";

    public static IReadOnlyList<string> Soorten { get; } = [Gemeente, School, Swv, Subregio, Beheer];

    public override string ToString() => $"{Soort} {Code}";
}
