namespace Ontwikkelagenda.Contracts.Register;

/// <summary>A school in the region's register. A location would be BRIN plus vestiging; the register is per BRIN for now.</summary>
[GenerateSerializer, Immutable]
public sealed record School(
    [property: Id(0)] string Brin,
    [property: Id(1)] string Naam,
    [property: Id(2)] SchoolSoort Soort,
    [property: Id(3)] string Gemeente,
    [property: Id(4)] string Swv,
    [property: Id(5)] int Leerlingen);
