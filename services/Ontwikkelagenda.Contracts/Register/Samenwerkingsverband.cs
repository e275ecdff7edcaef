namespace Ontwikkelagenda.Contracts.Register;

/// <summary>A samenwerkingsverband passend onderwijs (SWV PO 22.01 or VO 22.01).</summary>
public sealed record Samenwerkingsverband(
    string Code,
    string Naam,
    string Sector);
