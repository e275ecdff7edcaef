namespace Agenda.Api.Client;

/// <summary>
/// The Thuiszitterspact figures of one area: both kinds together and each kind, the open total by how long the cases
/// have been open (under four weeks, four weeks to three months; longer than three months is the total's), after
/// suppression, and the share of closings by exemption next to the total.
/// </summary>
public sealed record BeschermdeThuiszitters(
    BeschermdeThuiszitterCijfers Totaal,
    BeschermdeThuiszitterCijfers Absoluut,
    BeschermdeThuiszitterCijfers LangdurigRelatief,
    Cijfer KorterDanVierWeken,
    Cijfer VierWekenTotDrieMaanden,
    Cijfer AfgeslotenMetVrijstelling);
