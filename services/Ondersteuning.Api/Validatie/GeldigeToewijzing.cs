using Ontwikkelagenda.Contracts.Values;

namespace Ondersteuning.Api.Validatie;

/// <summary>A casusregisseur assignment that passed validation.</summary>
public sealed record GeldigeToewijzing(Guid MeldingId, Casusregisseur Casusregisseur, DateOnly Datum);
