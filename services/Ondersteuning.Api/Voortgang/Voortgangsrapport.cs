using System.ComponentModel;
using Ondersteuning.Api.Meldingen;
using Ontwikkelagenda.Contracts.Values;

namespace Ondersteuning.Api.Voortgang;

/// <summary>A progress report as it now holds (corrections applied), with every melding about it.</summary>
[Description("Een voortgangsrapportage zoals ze nu geldt (correcties verwerkt), met alle meldingen erover.")]
public sealed record Voortgangsrapport(
    Guid Id,
    int Doel,
    DoelStatus Status,
    string Toelichting,
    DateOnly Datum,
    string Organisatie,
    string NaamRapporteur,
    string RolRapporteur,
    [property: Description("True als de rapportage is ingetrokken: ze telt nergens.")] bool Ingetrokken,
    IReadOnlyList<MeldingRegel> Meldingen);
