using Ontwikkelagenda.Contracts.Kpis;

namespace Ontwikkelagenda.Contracts.Inkoop;

/// <summary>The providers under an active contract (own or subregion) for one municipality.</summary>
public sealed record GemeenteAanbieders(
    string Gemeente,
    IReadOnlyList<Aanbieder> Aanbieders);
