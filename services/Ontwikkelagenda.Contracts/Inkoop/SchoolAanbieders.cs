using Ontwikkelagenda.Contracts.Kpis;

namespace Ontwikkelagenda.Contracts.Inkoop;

/// <summary>The distinct providers with active trajectories at one school, and whether that is above the norm.</summary>
public sealed record SchoolAanbieders(
    string Brin,
    string Gemeente,
    IReadOnlyList<Aanbieder> Aanbieders,
    bool BovenNorm);
