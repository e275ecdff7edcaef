namespace Intake.Client;

/// <summary>A school's referrals waiting for treatment (not withdrawn, not started) today, longest waiting first.</summary>
public sealed record EedWerkvoorraad(string Brin, DateOnly Peildatum, IReadOnlyList<OpenstaandeEedVerwijzing> Verwijzingen);
