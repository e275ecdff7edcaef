using System.ComponentModel;
using Ondersteuning.Api.Meldingen;
using Ontwikkelagenda.Contracts.Values;

namespace Ondersteuning.Api.Trajecten;

/// <summary>A trajectory as it now holds (corrections applied), with every melding about it.</summary>
[Description("Een traject zoals het nu geldt (correcties verwerkt), met alle meldingen erover.")]
public sealed record Traject(
    Guid Id,
    string Brin,
    Guid AanbiederId,
    string AanbiederNaam,
    Zwaarte Zwaarte,
    ZorgKader Kader,
    DateOnly Startdatum,
    [property: Description("Eerste dag waarop het traject niet meer loopt; null zolang het loopt.")] DateOnly? Einddatum,
    [property: Description("True als de aanmaakmelding is ingetrokken: het traject telt nergens.")] bool Ingetrokken,
    IReadOnlyList<MeldingRegel> Meldingen);
