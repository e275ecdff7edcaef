using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Ondersteuning.Api.Meldingen;
using Ontwikkelagenda.Intake;
using Ontwikkelagenda.Intake.Opslag;
using Ondersteuning.Api.Validatie;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.ServiceDefaults.NlApi;
using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Ondersteuning.Api.Voortgang;

/// <summary>Progress reports on agenda goals: report, correct, withdraw; reported by the partner's own organisation.</summary>
public sealed class VoortgangIntake(IntakeFlow flow, MeldingValidator validator, RapporterendeOrganisatie organisaties)
{
    public static readonly Resource<RapportAangenomen> Resource = new("voortgangsrapportages", "voortgangsrapportage", nameof(VoortgangGerapporteerd),
        historie => historie.Huidig<VoortgangGerapporteerd>() ?? historie.Laatst<VoortgangGerapporteerd>(),
        historie => historie.Laatst<VoortgangGerapporteerd>().Organisatie, id => new RapportAangenomen(id));

    public async Task<Results<Accepted<RapportAangenomen>, ValidationProblem, ProblemHttpResult>> Rapporteer(JsonElement body, Aanroeper aanroeper, CancellationToken cancellationToken)
    {
        var validatie = validator.ValidateRapport(body);
        if (validatie.Value is not { } rapport) return NlProblems.Validation(validatie.Errors);
        var organisatie = organisaties.Van(aanroeper);
        return await flow.Nieuw(Resource, rapport.MeldingId, body, id => Gerapporteerd(rapport, organisatie, id, null), cancellationToken);
    }

    /// <summary>A correction keeps the report's organisation (only that organisation gets this far: <see cref="IsVan"/>).</summary>
    public Task<Results<Accepted<RapportAangenomen>, ValidationProblem, ProblemHttpResult>> Corrigeer(Guid id, JsonElement body, CancellationToken cancellationToken) =>
        flow.Corrigeer(Resource, id, body, (historie, doel, kop) =>
        {
            var validatie = validator.ValidateRapport(body, IntakeFlow.GecorrigeerdeMeldingId);
            if (validatie.Value is not { } rapport) return NlProblems.Validation(validatie.Errors);
            var organisatie = historie.Laatst<VoortgangGerapporteerd>().Organisatie;
            return IntakeFlow.Aanvaard(Resource, id, Gerapporteerd(rapport, organisatie, id, doel.EventId), corrigeert: doel.MeldingId);
        }, cancellationToken);

    /// <summary>Whether the report with this id is the caller's organisation's; null when there is none.</summary>
    public async Task<bool?> IsVan(Guid id, Aanroeper aanroeper, CancellationToken cancellationToken) =>
        await flow.Find(Resource, id, cancellationToken) is { } historie
            ? Resource.MeldendeOrganisatie(historie) == organisaties.Van(aanroeper)
            : null;

    public Task<Results<Accepted<RapportAangenomen>, ValidationProblem, ProblemHttpResult>> TrekIn(Guid id, JsonElement body, CancellationToken cancellationToken) =>
        flow.TrekIn(Resource, id, body, cancellationToken);

    public async Task<Voortgangsrapport?> Find(Guid id, CancellationToken cancellationToken)
    {
        if (await flow.Find(Resource, id, cancellationToken) is not { } historie) return null;
        var rapport = historie.Laatst<VoortgangGerapporteerd>();
        return new Voortgangsrapport(id, rapport.Doel, rapport.Status, rapport.Toelichting, rapport.Datum, rapport.Organisatie,
            rapport.NaamRapporteur, rapport.RolRapporteur, historie.IsIngetrokken(Resource.AanmaakEvent), historie.Regels());
    }

    private VoortgangGerapporteerd Gerapporteerd(GeldigRapport rapport, string organisatie, Guid id, Guid? corrigeert) =>
        new(Guid.CreateVersion7(), flow.Now, organisatie, id, rapport.Doel, rapport.Status, rapport.Toelichting, rapport.Datum,
            organisatie, rapport.NaamRapporteur, rapport.RolRapporteur)
        {
            Corrigeert = corrigeert,
        };
}
