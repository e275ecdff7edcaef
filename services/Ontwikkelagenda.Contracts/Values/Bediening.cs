namespace Ontwikkelagenda.Contracts.Values;

/// <summary>Whom a contract serves: the listed schools, or (<see cref="HeleGemeente"/>) every school of the contracting municipalities.</summary>
[GenerateSerializer, Immutable]
public sealed record Bediening(
    [property: Id(0)] bool HeleGemeente,
    [property: Id(1)] IReadOnlyList<Brin> Scholen)
{
    public static Bediening Gemeentebreed { get; } = new(true, []);
}
