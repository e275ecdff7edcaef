namespace Inkoop.Api.Meldingen;

/// <summary>Withdraws an earlier melding of this resource (POST .../{id}/intrekkingen); publishes MeldingIngetrokken.</summary>
/// <param name="MeldingId">The new melding's own id (UUID); the same id again gets the same answer.</param>
/// <param name="IngetrokkenMeldingId">The meldingId of the melding that no longer counts.</param>
/// <param name="Reden">Why (at most 500 characters).</param>
public sealed record Intrekking(Guid MeldingId, Guid IngetrokkenMeldingId, string Reden);
