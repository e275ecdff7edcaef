namespace Ontwikkelagenda.Contracts.Values;

/// <summary>Whom a contract serves: the listed schools, or (<see cref="HeleGemeente"/>) every school of the contracting municipalities.</summary>
public sealed record Bediening(
    bool HeleGemeente,
    IReadOnlyList<Brin> Scholen)
{
    public static Bediening Gemeentebreed { get; } = new(true, []);
}
