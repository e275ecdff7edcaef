namespace Intake.Client;

/// <summary><c>POST /v1/{resource}/{id}/intrekkingen</c>: withdraws an earlier melding; the reason is required (at most 500 characters).</summary>
public sealed record MeldingIntrekking(Guid MeldingId, Guid IngetrokkenMeldingId, string? Reden);
