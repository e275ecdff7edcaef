namespace Ontwikkelagenda.Contracts.Register;

/// <summary>A municipality of the region with its number of young people aged 5 to 17 (the per-1,000 denominator).</summary>
[GenerateSerializer, Immutable]
public sealed record Gemeente(
    [property: Id(0)] string Code,
    [property: Id(1)] string Naam,
    [property: Id(2)] int Jongeren5Tot18,
    [property: Id(3)] string Schooljaar);
