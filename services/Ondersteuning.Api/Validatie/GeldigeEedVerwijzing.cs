using Ontwikkelagenda.Contracts.Values;

namespace Ondersteuning.Api.Validatie;

/// <summary>An EED referral that passed validation; <see cref="SchoolNaam"/> from the register.</summary>
public sealed record GeldigeEedVerwijzing(Guid MeldingId, CasusReferentie Referentie, Brin Brin, string SchoolNaam, DateOnly Verwijsdatum);
