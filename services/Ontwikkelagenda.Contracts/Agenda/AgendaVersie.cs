namespace Ontwikkelagenda.Contracts.Agenda;

/// <summary>The agenda as it holds for a period, from <see cref="GeldigVanaf"/> until the next version starts.</summary>
[GenerateSerializer, Immutable]
public sealed record AgendaVersie(
    [property: Id(0)] string Periode,
    [property: Id(1)] DateOnly GeldigVanaf,
    [property: Id(2)] int NormAanbiedersPerSchool,
    [property: Id(3)] IReadOnlyList<AgendaDoel> Doelen);
