namespace Agenda.Api.Client;

/// <summary>
/// EED dyslexia coverage at a peildatum: primary schools covered (count, percentage, pupil-weighted percentage),
/// referrals up to the peildatum, treatment starts, those waiting, and the median days from referral to start.
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
