namespace Agenda.Api.Client;

/// <summary>
/// EED dyslexia figures after suppression. Coverage counts schools, not children, and is shown as it is;
/// referrals are children and are protected.
/// </summary>
public sealed record BeschermdeEed(
    int PrimaireScholen,
    int GedekteScholen,
    decimal? Dekking,
    decimal? DekkingNaarLeerlingen,
    Cijfer Verwijzingen,
    Cijfer Gestart,
    Cijfer Wachtend,
    Cijfer MediaanDagenTotStart);
