namespace Agenda.Contracts.Grains;

/// <summary>A municipality of the region, keyed by CBS code (GM1730). Cases count here by residence.</summary>
public interface IGemeenteGrain : IScopeGrain;
