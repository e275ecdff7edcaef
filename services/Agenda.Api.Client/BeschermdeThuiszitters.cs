namespace Agenda.Api.Client;

/// <summary>
/// The Thuiszitterspact figures of one area on a detail page: both kinds together and each kind, after suppression,
/// and the share of closings by exemption next to the total.
/// </summary>
public sealed record BeschermdeThuiszitters(
    BeschermdeThuiszitterCijfers Totaal,
    BeschermdeThuiszitterCijfers Absoluut,
    BeschermdeThuiszitterCijfers LangdurigRelatief,
    Cijfer AfgeslotenMetVrijstelling);
