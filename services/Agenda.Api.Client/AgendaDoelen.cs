namespace Agenda.Api.Client;

/// <summary>GET /v1/doelen: the agenda version in force at the peildatum, each goal with its regional status.</summary>
public sealed record AgendaDoelen(
    DateOnly Peildatum,
    string Periode,
    DateOnly GeldigVanaf,
    int NormAanbiedersPerSchool,
    IReadOnlyList<Doel> Doelen);
