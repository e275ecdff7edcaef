using System.ComponentModel;
using Intake.Contracts.Regels;
using Ontwikkelagenda.Contracts.Values;

namespace Intake.Contracts.Leerplicht;

/// <summary>
/// The body of <c>POST /v1/thuiszitters</c> (and its <c>/validaties</c>). The brin's dependence on the soort is checked
/// by the intake after these rules.
/// </summary>
[Description("Melding van een thuiszitter door een leerplichtbureau.")]
public sealed record ThuiszitterMelding(
    [property: MeldingId, Description(Omschrijving.MeldingId)]
    Guid? MeldingId,
    [property: Referentie, Description("Pseudoniem van het leerplichtbureau: 3 tot 40 letters, cijfers en -_./, minstens één cijfer, nooit een BSN.")]
    string? CasusReferentie,
    [property: Gemeente, Description("CBS-code van de woongemeente: GM1680, GM0106, GM1731 of GM1730.")]
    string? Gemeente,
    [property: Brin(Verplicht = false), Description("BRIN-nummer van de school: verplicht bij langdurig-relatief, leeg bij absoluut. Een school buiten de regio mag.")]
    string? Brin,
    [property: Keuze(typeof(Ontwikkelagenda.Contracts.Values.SoortVerzuim), "Het soort verzuim"),
        Description("absoluut (niet ingeschreven, geen BRIN) of langdurig-relatief (ingeschreven, langer dan vier weken afwezig).")]
    string? SoortVerzuim,
    [property: Datum("De startdatum"), Description("Eerste dag van het verzuim (Europe/Amsterdam); niet in de toekomst.")]
    DateOnly? Startdatum);
