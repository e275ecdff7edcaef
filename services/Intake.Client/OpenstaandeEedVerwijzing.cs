namespace Intake.Client;

/// <summary>A referral in the school's worklist, with the days since its verwijsdatum.</summary>
public sealed record OpenstaandeEedVerwijzing(Guid Id, string Referentie, string Brin, DateOnly Verwijsdatum, int DagenWachtend);
