namespace Intake.Client;

/// <summary>A trajectory in the school's worklist, with the days since its startdatum. <c>zwaarte</c>: licht or zwaar; <c>kader</c>: wmo, jeugdwet, zvw-wlz or pgb.</summary>
public sealed record LopendTraject(Guid Id, string AanbiederNaam, string Zwaarte, string Kader, DateOnly Startdatum, int DagenActief);
