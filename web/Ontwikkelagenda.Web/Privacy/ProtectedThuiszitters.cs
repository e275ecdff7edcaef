using Agenda.Api.Client;

namespace Ontwikkelagenda.Web.Privacy;

/// <summary>
/// The Thuiszitterspact figures of one area on a detail page: both kinds together and each kind, after suppression,
/// and the share of closings by exemption next to the total.
/// </summary>
public sealed record ProtectedThuiszitters(
    ProtectedCijfers Totaal,
    ProtectedCijfers Absoluut,
    ProtectedCijfers LangdurigRelatief,
    Cijfer AfgeslotenMetVrijstelling);
