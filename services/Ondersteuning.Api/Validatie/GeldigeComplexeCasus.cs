using Ontwikkelagenda.Contracts.Values;

namespace Ondersteuning.Api.Validatie;

/// <summary>A complex case that passed validation.</summary>
public sealed record GeldigeComplexeCasus(
    Guid MeldingId, CasusReferentie Referentie, GemeenteCode Gemeente, Brin? Brin, DateOnly Startdatum,
    Guid? ThuiszitterZaakId, Casusregisseur? Casusregisseur);
