namespace Ontwikkelagenda.Contracts.Register;

/// <summary>A school in the region's register. A location would be BRIN plus vestiging; the register is per BRIN for now.</summary>
public sealed record School(
    string Brin,
    string Naam,
    SchoolSoort Soort,
    string Gemeente,
    string Swv,
    int Leerlingen);
