using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Ondersteuning.Api.Meldingen;
using Ontwikkelagenda.Intake;
using Ontwikkelagenda.Intake.Opslag;
using Ondersteuning.Api.Validatie;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.ServiceDefaults.NlApi;

namespace Ondersteuning.Api.Trajecten;

/// <summary>Trajectories: start, ending, corrections and withdrawals; reported on behalf of the school.</summary>
public sealed class TrajectIntake(IntakeFlow flow, MeldingValidator validator)
{
    public static readonly Resource<TrajectAangenomen> Resource = new("trajecten", "traject", nameof(TrajectGestart),
        historie => historie.Huidig<TrajectGestart>() ?? historie.Laatst<TrajectGestart>(),
        historie => historie.Laatst<TrajectGestart>().MeldendeOrganisatie, id => new TrajectAangenomen(id));

    public async Task<Results<Accepted<TrajectAangenomen>, ValidationProblem, ProblemHttpResult>> Start(JsonElement body, CancellationToken cancellationToken)
    {
        var validatie = validator.ValidateTraject(body);
        if (validatie.Value is not { } traject) return NlProblems.Validation(validatie.Errors);
        return await flow.Nieuw(Resource, traject.MeldingId, body, id => Gestart(traject, id, null), cancellationToken);
    }

    public async Task<Results<Accepted<TrajectAangenomen>, ValidationProblem, ProblemHttpResult>> Beeindig(Guid id, JsonElement body, CancellationToken cancellationToken)
    {
        // Every field error at once, the date against the start as read now; checked again under the lock.
        var bekend = await flow.Find(Resource, id, cancellationToken);
        var vooraf = validator.ValidateTrajectBeeindiging(body, bekend?.Huidig<TrajectGestart>()?.Startdatum);
        if (vooraf.Value is not { } melding) return NlProblems.Validation(vooraf.Errors);

        return await flow.Vervolg(Resource, id, melding.MeldingId, body, nameof(TrajectBeeindigd), historie =>
        {
            var start = historie.Huidig<TrajectGestart>()!;
            var validatie = validator.ValidateTrajectBeeindiging(body, start.Startdatum);
            if (validatie.Value is not { } beeindiging) return NlProblems.Validation(validatie.Errors);
            if (historie.Effectief<TrajectBeeindigd>().LastOrDefault() is { } eerder)
                return NlProblems.Conflict($"Het traject {id} is al beëindigd per {eerder.Einddatum:yyyy-MM-dd}; corrigeer die melding om de datum te wijzigen.");
            var beeindigd = new TrajectBeeindigd(Guid.CreateVersion7(), flow.Now, start.MeldendeOrganisatie, id, beeindiging.Datum);
            return IntakeFlow.Aanvaard(Resource, id, beeindigd);
        }, cancellationToken);
    }

    public Task<Results<Accepted<TrajectAangenomen>, ValidationProblem, ProblemHttpResult>> Corrigeer(Guid id, JsonElement body, CancellationToken cancellationToken) =>
        flow.Corrigeer(Resource, id, body, (historie, doel, kop) =>
        {
            var start = historie.Huidig<TrajectGestart>()!;
            switch (doel.EventType)
            {
                case nameof(TrajectGestart):
                    var traject = validator.ValidateTraject(body, IntakeFlow.GecorrigeerdeMeldingId);
                    if (traject.Value is not { } nieuw) return NlProblems.Validation(traject.Errors);
                    if (historie.Effectief<TrajectBeeindigd>().LastOrDefault() is { } eind && nieuw.Startdatum >= eind.Einddatum)
                        return NlProblems.Validation("startdatum", $"De startdatum ligt voor de einddatum van het traject ({eind.Einddatum:yyyy-MM-dd}).");
                    return IntakeFlow.Aanvaard(Resource, id, Gestart(nieuw, id, doel.EventId), corrigeert: doel.MeldingId);
                default:
                    var validatie = validator.ValidateTrajectBeeindiging(body, start.Startdatum, IntakeFlow.GecorrigeerdeMeldingId);
                    if (validatie.Value is not { } beeindiging) return NlProblems.Validation(validatie.Errors);
                    var beeindigd = new TrajectBeeindigd(Guid.CreateVersion7(), flow.Now, start.MeldendeOrganisatie, id, beeindiging.Datum)
                    {
                        Corrigeert = doel.EventId,
                    };
                    return IntakeFlow.Aanvaard(Resource, id, beeindigd, corrigeert: doel.MeldingId);
            }
        }, cancellationToken);

    public Task<Results<Accepted<TrajectAangenomen>, ValidationProblem, ProblemHttpResult>> TrekIn(Guid id, JsonElement body, CancellationToken cancellationToken) =>
        flow.TrekIn(Resource, id, body, cancellationToken);

    public async Task<Traject?> Find(Guid id, CancellationToken cancellationToken)
    {
        if (await flow.Find(Resource, id, cancellationToken) is not { } historie) return null;
        var start = historie.Laatst<TrajectGestart>();
        var eind = historie.Effectief<TrajectBeeindigd>().LastOrDefault();
        return new Traject(id, start.Brin.Value, start.AanbiederId, start.AanbiederNaam, start.Zwaarte, start.Kader, start.Startdatum,
            eind?.Einddatum, historie.IsIngetrokken(Resource.AanmaakEvent), historie.Regels());
    }

    /// <summary>The school's trajectories not withdrawn and not ended, oldest first.</summary>
    public async Task<TrajectenWerkvoorraad> Werkvoorraad(Brin brin, DateOnly peildatum, CancellationToken cancellationToken)
    {
        var trajecten = (await flow.Lijst(Resource, new { brin = brin.Value }, cancellationToken))
            .Where(item => item.Historie.Effectief<TrajectBeeindigd>().Count == 0)
            .Select(item => (item.Id, Start: item.Historie.Huidig<TrajectGestart>()))
            // A correction may have moved the trajectory to another school: what holds now decides.
            .Where(item => item.Start is not null && item.Start.Brin == brin)
            .Select(item => new LopendTraject(item.Id, item.Start!.AanbiederNaam, item.Start.Zwaarte, item.Start.Kader, item.Start.Startdatum,
                peildatum.DayNumber - item.Start.Startdatum.DayNumber))
            .OrderBy(regel => regel.Startdatum)
            .ThenBy(regel => regel.AanbiederNaam, StringComparer.Ordinal)
            .ThenBy(regel => regel.Id)
            .ToArray();
        return new TrajectenWerkvoorraad(brin.Value, peildatum, trajecten);
    }

    private TrajectGestart Gestart(GeldigTraject traject, Guid id, Guid? corrigeert) =>
        new(Guid.CreateVersion7(), flow.Now, traject.SchoolNaam, id, traject.Brin, traject.AanbiederId, traject.AanbiederNaam,
            traject.Zwaarte, traject.Kader, traject.Startdatum)
        {
            Corrigeert = corrigeert,
        };
}
