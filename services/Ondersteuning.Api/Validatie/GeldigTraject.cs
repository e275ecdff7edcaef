using Ontwikkelagenda.Contracts.Values;

namespace Ondersteuning.Api.Validatie;

/// <summary>A trajectory melding that passed validation; <see cref="SchoolNaam"/> from the register.</summary>
public sealed record GeldigTraject(
    Guid MeldingId, Brin Brin, string SchoolNaam, Guid AanbiederId, string AanbiederNaam, Zwaarte Zwaarte, ZorgKader Kader, DateOnly Startdatum);
