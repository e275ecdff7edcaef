namespace Ontwikkelagenda.Contracts.Kpis;

/// <summary>
/// EED dyslexia coverage at a peildatum: primary schools covered by an active EED contract of their
/// municipality or the subregion, by count and weighted by pupils; referrals up to the peildatum, treatment
/// starts, those still waiting, and the median days from referral to start (of the started ones).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record EedKpis(
    [property: Id(0)] int PrimaireScholen,
    [property: Id(1)] int GedekteScholen,
    [property: Id(2)] decimal? Dekking,
    [property: Id(3)] decimal? DekkingNaarLeerlingen,
    [property: Id(4)] int Verwijzingen,
    [property: Id(5)] int Gestart,
    [property: Id(6)] int Wachtend,
    [property: Id(7)] decimal? MediaanDagenTotStart);
