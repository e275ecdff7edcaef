using Ondersteuning.Api.Meldingen;
using Ontwikkelagenda.Intake.Bewaren;

namespace Ondersteuning.Api.ComplexeCasussen;

/// <summary>A complex case closes on the einddatum of its closing melding in force; the retention period runs from there.</summary>
public sealed class AfgeslotenComplexeCasussen(IntakeFlow flow) : IAfgeslotenZaken
{
    public string EntiteitSoort => ComplexeCasusIntake.Resource.Pad;

    public string ReferentieVeld => "referentie";

    public async Task<IReadOnlyList<Guid>> AfgeslotenVoor(DateOnly grens, CancellationToken cancellationToken) =>
        [.. (await flow.Lijst(ComplexeCasusIntake.Resource, new { }, cancellationToken))
            .Where(item => ComplexeCasusIntake.Afgesloten(item.Historie)?.Einddatum < grens)
            .Select(item => item.Id)];
}
