namespace Agenda.Api.Client;

/// <summary>GET /v1/oogo-overleggen/wijzigingen: what changed per goal between two dates (by default the last two OOGOs).</summary>
public sealed record OogoWijzigingen(DateOnly Van, DateOnly Tot, IReadOnlyList<DoelWijziging> Doelen);
