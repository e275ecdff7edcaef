namespace Ontwikkelagenda.FaultTests;

/// <summary>One row of docs/reliability.md: what a fault did to the meldingen acknowledged while it happened.</summary>
public sealed record FaseUitkomst(string Storing, int Bevestigd, int EersteKeerMislukt, int Verloren, int Dubbel, TimeSpan Herstel, TimeSpan BijgewerktNa);
