namespace Ontwikkelagenda.Contracts.Kpis;

/// <summary>
/// EED dyslexia coverage at a peildatum: primary schools covered by an active EED contract of their
/// municipality or the subregion, by count and weighted by pupils; referrals up to the peildatum, treatment
/// starts, those still waiting, and the median days from referral to start (of the started ones).
/// </summary>
public sealed record EedCijfers(
    int PrimaireScholen,
    int GedekteScholen,
    decimal? Dekking,
    decimal? DekkingNaarLeerlingen,
    int Verwijzingen,
    int Gestart,
    int Wachtend,
    decimal? MediaanDagenTotStart);
