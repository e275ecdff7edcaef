namespace Ontwikkelagenda.FaultTests;

/// <summary>
/// One melding the load sent: when, whether its first attempt failed (an error or no answer), and when a 2xx
/// acknowledged it (the first attempt's or a resend's with the same meldingId and body).
/// </summary>
public sealed record Verzending(Guid MeldingId, string Dienst, string Soort, DateTimeOffset Verzonden, bool EersteKeerMislukt, DateTimeOffset? Bevestigd);
