namespace Agenda.Contracts.Grains;

/// <summary>A samenwerkingsverband, keyed by its code (PO2201, VO2201). Cases count here by the school's BRIN.</summary>
public interface ISwvGrain : IScopeGrain;
