namespace Intake.Client;

/// <summary><c>POST /v1/trajecten</c>. <c>zwaarte</c>: licht or zwaar; <c>kader</c>: wmo, jeugdwet, zvw-wlz or pgb.</summary>
public sealed record TrajectMelding(
    Guid MeldingId,
    string? Brin,
    Guid? AanbiederId,
    string? AanbiederNaam,
    string? Zwaarte,
    string? Kader,
    DateOnly? Startdatum);
