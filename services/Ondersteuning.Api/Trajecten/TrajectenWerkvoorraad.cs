using System.ComponentModel;

namespace Ondersteuning.Api.Trajecten;

/// <summary>The answer of <c>GET /v1/trajecten?brin=</c>: the school's running trajectories, oldest first.</summary>
[Description("De lopende trajecten van een school (niet ingetrokken, niet beëindigd), oudste eerst.")]
public sealed record TrajectenWerkvoorraad(
    string Brin,
    [property: Description("De dag (Europe/Amsterdam) waarop de looptijden zijn bepaald: vandaag.")] DateOnly Peildatum,
    IReadOnlyList<LopendTraject> Trajecten);
