using Ontwikkelagenda.Contracts.Values;

namespace Ondersteuning.Api.Validatie;

/// <summary>A progress report on an agenda goal that passed validation.</summary>
public sealed record GeldigRapport(
    Guid MeldingId, int Doel, DoelStatus Status, string Toelichting, DateOnly Datum, string NaamRapporteur, string RolRapporteur);
