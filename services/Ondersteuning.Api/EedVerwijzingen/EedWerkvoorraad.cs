using System.ComponentModel;

namespace Ondersteuning.Api.EedVerwijzingen;

/// <summary>The answer of <c>GET /v1/eed-verwijzingen?brin=</c>: the school's referrals still waiting for treatment, longest waiting first.</summary>
[Description("De openstaande EED-verwijzingen van een school (niet ingetrokken, behandeling nog niet gestart), langst wachtend eerst.")]
public sealed record EedWerkvoorraad(
    string Brin,
    [property: Description("De dag (Europe/Amsterdam) waarop de wachttijden zijn bepaald: vandaag.")] DateOnly Peildatum,
    IReadOnlyList<OpenstaandeEedVerwijzing> Verwijzingen);
