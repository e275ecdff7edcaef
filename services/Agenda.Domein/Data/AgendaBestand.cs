using Ontwikkelagenda.Contracts.Agenda;

namespace Agenda.Domein.Data;

/// <summary>The shape of <c>data/agenda.json</c>.</summary>
public sealed record AgendaBestand(string Versie, string Opmerking, IReadOnlyList<AgendaVersie> Versies, IReadOnlyList<OogoOverleg> OogoOverleggen);
