using System.ComponentModel;

namespace Ondersteuning.Api.ComplexeCasussen;

/// <summary>The answer of <c>GET /v1/complexe-casussen?gemeente=</c>: the municipality's open cases, past twelve weeks first, then oldest.</summary>
[Description("De open complexe casussen van een gemeente (niet afgesloten, niet ingetrokken): eerst die langer dan twaalf weken lopen, dan de oudste.")]
public sealed record ComplexeCasussenWerkvoorraad(
    string Gemeente,
    [property: Description("De dag (Europe/Amsterdam) waarop looptijden zijn bepaald: vandaag.")] DateOnly Peildatum,
    IReadOnlyList<OpenComplexeCasus> Casussen);
