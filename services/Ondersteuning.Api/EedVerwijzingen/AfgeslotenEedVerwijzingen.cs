using Ondersteuning.Api.Meldingen;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Intake.Bewaren;

namespace Ondersteuning.Api.EedVerwijzingen;

/// <summary>
/// An EED referral is done when its treatment starts (the KPI measures the wait until then, nothing after): the retention
/// period runs from the treatment start in force.
/// </summary>
public sealed class AfgeslotenEedVerwijzingen(IntakeFlow flow) : IAfgeslotenZaken
{
    public string EntiteitSoort => EedVerwijzingIntake.Resource.Pad;

    public string ReferentieVeld => "referentie";

    public async Task<IReadOnlyList<Guid>> AfgeslotenVoor(DateOnly grens, CancellationToken cancellationToken) =>
        [.. (await flow.Lijst(EedVerwijzingIntake.Resource, new { }, cancellationToken))
            .Where(item => item.Historie.Effectief<EedBehandelingGestart>().LastOrDefault()?.Startdatum < grens)
            .Select(item => item.Id)];
}
