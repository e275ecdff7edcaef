namespace Agenda.Contracts.Grains;

/// <summary>A school in the region's register, keyed by BRIN.</summary>
public interface ISchoolGrain : IScopeGrain;
