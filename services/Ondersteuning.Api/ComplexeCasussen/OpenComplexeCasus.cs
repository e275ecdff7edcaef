using System.ComponentModel;
using Ontwikkelagenda.Contracts.Values;

namespace Ondersteuning.Api.ComplexeCasussen;

/// <summary>An open complex case in the municipality's worklist, with its age at the peildatum.</summary>
public sealed record OpenComplexeCasus(
    Guid Id,
    [property: Description("Pseudonieme referentie; nooit een BSN of naam.")] string Referentie,
    DateOnly Startdatum,
    [property: Description("Volle weken sinds de startdatum op de peildatum.")] int WekenOpen,
    [property: Description("De huidige casusregisseur (rol en organisatie, nooit een naam); null zonder regisseur.")] Casusregisseur? Casusregisseur,
    [property: Description("Op de peildatum langer dan twaalf weken open (startdatum + 84 dagen ligt ervoor), zoals de KPI telt.")] bool LangerDanTwaalfWeken);
