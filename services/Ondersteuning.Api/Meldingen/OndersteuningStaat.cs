namespace Ondersteuning.Api.Meldingen;

/// <summary>
/// What the intake keeps of a resource in entiteiten.staat: who reports about it. Its facts are the fold of its
/// meldingen (<see cref="Historie"/>), so corrections and withdrawals need no state of their own.
/// </summary>
public sealed record OndersteuningStaat(string MeldendeOrganisatie);
