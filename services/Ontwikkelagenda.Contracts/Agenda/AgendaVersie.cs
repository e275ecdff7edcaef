namespace Ontwikkelagenda.Contracts.Agenda;

/// <summary>The agenda as it holds for a period, from <see cref="GeldigVanaf"/> until the next version starts.</summary>
public sealed record AgendaVersie(
    string Periode,
    DateOnly GeldigVanaf,
    int NormAanbiedersPerSchool,
    IReadOnlyList<AgendaDoel> Doelen);
