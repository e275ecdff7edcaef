namespace Ontwikkelagenda.Contracts.Register;

/// <summary>A municipality of the region with its number of young people aged 5 to 17 (the per-1,000 denominator).</summary>
public sealed record Gemeente(
    string Code,
    string Naam,
    int Jongeren5Tot18,
    string Schooljaar);
