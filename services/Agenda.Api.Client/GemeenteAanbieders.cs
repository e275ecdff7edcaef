using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Api.Client;

/// <summary>The providers under an active contract (own or subregion) for one municipality.</summary>
public sealed record GemeenteAanbieders(string Gemeente, string Naam, int Aantal, IReadOnlyList<Aanbieder> Aanbieders);
