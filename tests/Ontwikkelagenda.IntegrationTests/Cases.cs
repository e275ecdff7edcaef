using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>Events as an intake service would publish them.</summary>
public static class Cases
{
    public static readonly DateOnly Peildatum = new(2026, 6, 1);

    public static ThuiszitterGemeld Gemeld(GemeenteCode gemeente, DateOnly startdatum) => new(
        EventId: Guid.NewGuid(),
        OccurredAt: DateTimeOffset.UtcNow,
        MeldendeOrganisatie: "Leerplicht (integratietest)",
        ZaakId: Guid.NewGuid(),
        CasusReferentie: $"IT-{Guid.NewGuid().ToString("N")[..8]}1",
        Gemeente: gemeente,
        Brin: null,
        SoortVerzuim: SoortVerzuim.Absoluut,
        Startdatum: startdatum);
}
