using System.ComponentModel;

namespace Ondersteuning.Api.EedVerwijzingen;

/// <summary>A referral in the school's worklist: waiting for the start of treatment.</summary>
public sealed record OpenstaandeEedVerwijzing(
    Guid Id,
    [property: Description("Pseudonieme referentie van de school; nooit een BSN of naam.")] string Referentie,
    string Brin,
    DateOnly Verwijsdatum,
    [property: Description("Dagen sinds de verwijsdatum op de peildatum.")] int DagenWachtend);
