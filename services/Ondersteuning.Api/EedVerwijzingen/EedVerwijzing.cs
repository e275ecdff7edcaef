using System.ComponentModel;
using Ondersteuning.Api.Meldingen;

namespace Ondersteuning.Api.EedVerwijzingen;

/// <summary>An EED referral as it now holds (corrections applied), with every melding about it.</summary>
[Description("Een EED-verwijzing zoals ze nu geldt (correcties verwerkt), met alle meldingen erover.")]
public sealed record EedVerwijzing(
    Guid Id,
    [property: Description("Pseudonieme referentie van de school; nooit een BSN of naam.")] string Referentie,
    string Brin,
    DateOnly Verwijsdatum,
    [property: Description("Start van de behandeling; null zolang die niet gemeld is.")] DateOnly? Behandelstart,
    [property: Description("True als de verwijzing is ingetrokken: ze telt nergens.")] bool Ingetrokken,
    IReadOnlyList<MeldingRegel> Meldingen);
