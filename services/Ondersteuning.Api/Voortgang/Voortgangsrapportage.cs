using System.ComponentModel;
using Ontwikkelagenda.Contracts.Values;

namespace Ondersteuning.Api.Voortgang;

/// <summary>The body of <c>POST /v1/voortgangsrapportages</c>, for the OpenAPI document.</summary>
[Description("Rapportage van een OOGO-partner over een agendadoel. De rapporteur wordt genoemd (verantwoording). Andere velden worden geweigerd.")]
public sealed record Voortgangsrapportage(
    [property: Description("Door de afzender gekozen UUID; dezelfde meldingId opnieuw verandert niets en krijgt hetzelfde antwoord.")]
    Guid MeldingId,
    [property: Description("Nummer van een doel uit de agenda (data/agenda.json), 1 tot en met 6.")]
    int Doel,
    [property: Description("op-koers, aandacht-nodig of achter.")]
    DoelStatus Status,
    [property: Description("Korte toelichting, ten hoogste 1000 tekens.")]
    string Toelichting,
    [property: Description("Datum van de rapportage (Europe/Amsterdam); niet in de toekomst.")]
    DateOnly Datum,
    [property: Description("Rapporterende organisatie, ten hoogste 200 tekens; de meldende organisatie van het event.")]
    string Organisatie,
    [property: Description("Naam van de rapporteur, ten hoogste 200 tekens.")]
    string NaamRapporteur,
    [property: Description("Rol van de rapporteur, ten hoogste 100 tekens.")]
    string RolRapporteur);
