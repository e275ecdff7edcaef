using Ontwikkelagenda.Intake.Bewaren;
using Ontwikkelagenda.Intake.Opslag;

namespace Leerplicht.Api.Opslag;

/// <summary>A thuiszitter case closes on its einddatum; the retention period runs from there.</summary>
public sealed class AfgeslotenThuiszitters(IntakeStore store) : IAfgeslotenZaken
{
    public string EntiteitSoort => Zaak.Soort;

    public string ReferentieVeld => "casusReferentie";

    public async Task<IReadOnlyList<Guid>> AfgeslotenVoor(DateOnly grens, CancellationToken cancellationToken) =>
        [.. (await store.Lijst<Zaak>(Zaak.Soort, cancellationToken))
            .Where(zaak => zaak.Staat.Einddatum < grens && zaak.Staat.CasusReferentie is not null)
            .Select(zaak => zaak.Id)];
}
