using System.ComponentModel;
using Intake.Contracts.Regels;
using Ontwikkelagenda.Contracts.Values;

namespace Intake.Contracts.Ondersteuning;

/// <summary>The body of <c>POST /v1/voortgangsrapportages</c>; its fields' rules are declared here, what depends on stored state is checked by Ondersteuning.Api.</summary>
[Description("Rapportage van een OOGO-partner over een agendadoel. De rapporteur wordt genoemd (verantwoording); de rapporterende organisatie is die van het token, nooit een veld. Andere velden worden geweigerd.")]
public sealed record Voortgangsrapportage(
    [property: MeldingId, Description("Door de afzender gekozen UUID; dezelfde meldingId opnieuw verandert niets en krijgt hetzelfde antwoord.")]
    Guid? MeldingId,
    [property: Getal, Description("Nummer van een doel uit de agenda (data/agenda.json), 1 tot en met 6.")]
    int? Doel,
    [property: Keuze(typeof(DoelStatus), "De status"), Description("op-koers, aandacht-nodig of achter.")]
    string? Status,
    [property: VrijeTekst(Lengtes.Toelichting, MeerRegels = true), Description("Korte toelichting, ten hoogste 1000 tekens.")]
    string? Toelichting,
    [property: Datum("De datum"), Description("Datum van de rapportage (Europe/Amsterdam); niet in de toekomst.")]
    DateOnly? Datum,
    [property: VrijeTekst(Lengtes.Naam), Description("Naam van de rapporteur, ten hoogste 200 tekens.")]
    string? NaamRapporteur,
    [property: VrijeTekst(Lengtes.Rol), Description("Rol van de rapporteur, ten hoogste 100 tekens.")]
    string? RolRapporteur);
