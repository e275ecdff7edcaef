using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Api.Client;

/// <summary>The distinct providers with active trajectories at one school; <paramref name="BovenNorm"/> when above the norm.</summary>
public sealed record SchoolAanbieders(string Brin, string Naam, string Gemeente, int Aantal, IReadOnlyList<Aanbieder> Aanbieders, bool BovenNorm);
