using Microsoft.AspNetCore.Http;

namespace Ontwikkelagenda.Intake.Opslag;

/// <summary>What the store did: stored (<paramref name="Nieuw"/>) or found a melding, or a problem that changed nothing.</summary>
public sealed record StoreUitkomst(IntakeMelding? Melding, IResult? Probleem, bool Nieuw = false);
