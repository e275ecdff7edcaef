namespace Ontwikkelagenda.Contracts.Register;

/// <summary>A samenwerkingsverband passend onderwijs (SWV PO 22.01 or VO 22.01).</summary>
[GenerateSerializer, Immutable]
public sealed record Samenwerkingsverband(
    [property: Id(0)] string Code,
    [property: Id(1)] string Naam,
    [property: Id(2)] string Sector);
