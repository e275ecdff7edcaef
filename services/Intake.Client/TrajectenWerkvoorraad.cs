namespace Intake.Client;

/// <summary>A school's running trajectories (not withdrawn, not ended) today, oldest first.</summary>
public sealed record TrajectenWerkvoorraad(string Brin, DateOnly Peildatum, IReadOnlyList<LopendTraject> Trajecten);
