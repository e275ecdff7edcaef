using System.ComponentModel;
using Ondersteuning.Api.Meldingen;
using Ontwikkelagenda.Contracts.Values;

namespace Ondersteuning.Api.ComplexeCasussen;

/// <summary>A complex case as it now holds (corrections applied), with every melding about it.</summary>
[Description("Een complexe casus zoals ze nu geldt (correcties verwerkt), met alle meldingen erover.")]
public sealed record ComplexeCasus(
    Guid Id,
    [property: Description("Pseudonieme referentie; nooit een BSN of naam.")] string Referentie,
    [property: Description("CBS-code van de woongemeente.")] string Gemeente,
    string? Brin,
    DateOnly Startdatum,
    Guid? ThuiszitterZaakId,
    [property: Description("De huidige casusregisseur (rol en organisatie, nooit een naam); null zonder regisseur.")] Casusregisseur? Casusregisseur,
    [property: Description("Eerste dag waarop de casus niet meer open is; null zolang ze open is.")] DateOnly? Einddatum,
    [property: Description("True als de casus is ingetrokken: ze telt nergens.")] bool Ingetrokken,
    IReadOnlyList<MeldingRegel> Meldingen);
