namespace Leerplicht.Api.Intake;

/// <summary>A withdrawal that passed validation.</summary>
public sealed record GeldigeIntrekking(Guid MeldingId, Guid IngetrokkenMeldingId, string Reden);
