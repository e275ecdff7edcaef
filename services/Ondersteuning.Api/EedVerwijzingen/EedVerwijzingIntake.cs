using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Ondersteuning.Api.Meldingen;
using Ontwikkelagenda.Intake;
using Ontwikkelagenda.Intake.Bewaren;
using Ontwikkelagenda.Intake.Opslag;
using Ondersteuning.Api.Validatie;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.ServiceDefaults.NlApi;

namespace Ondersteuning.Api.EedVerwijzingen;

/// <summary>EED referrals: referral, start of treatment, corrections and withdrawals; reported on behalf of the school.</summary>
public sealed class EedVerwijzingIntake(IntakeFlow flow, MeldingValidator validator)
{
    public static readonly Resource<EedVerwijzingAangenomen> Resource = new("eed-verwijzingen", "EED-verwijzing", nameof(EedVerwijzingGemeld),
        historie => historie.Huidig<EedVerwijzingGemeld>() ?? historie.Laatst<EedVerwijzingGemeld>(),
        historie => historie.Laatst<EedVerwijzingGemeld>().MeldendeOrganisatie, id => new EedVerwijzingAangenomen(id));

    public async Task<Results<Accepted<EedVerwijzingAangenomen>, ValidationProblem, ProblemHttpResult>> Meld(JsonElement body, CancellationToken cancellationToken)
    {
        var validatie = validator.ValidateEedVerwijzing(body);
        if (validatie.Value is not { } verwijzing) return NlProblems.Validation(validatie.Errors);
        return await flow.Nieuw(Resource, verwijzing.MeldingId, body, id => Gemeld(verwijzing, id, null), cancellationToken);
    }

    public async Task<Results<Accepted<EedVerwijzingAangenomen>, ValidationProblem, ProblemHttpResult>> StartBehandeling(Guid id, JsonElement body, CancellationToken cancellationToken)
    {
        // Every field error at once, the date against the referral as read now; checked again under the lock.
        var bekend = await flow.Find(Resource, id, cancellationToken);
        var vooraf = validator.ValidateBehandelstart(body, bekend?.Huidig<EedVerwijzingGemeld>()?.Verwijsdatum);
        if (vooraf.Value is not { } melding) return NlProblems.Validation(vooraf.Errors);

        return await flow.Vervolg(Resource, id, melding.MeldingId, body, nameof(EedBehandelingGestart), historie =>
        {
            var verwijzing = historie.Huidig<EedVerwijzingGemeld>()!;
            var validatie = validator.ValidateBehandelstart(body, verwijzing.Verwijsdatum);
            if (validatie.Value is not { } start) return NlProblems.Validation(validatie.Errors);
            if (historie.Effectief<EedBehandelingGestart>().LastOrDefault() is { } eerder)
                return NlProblems.Conflict($"De behandeling van EED-verwijzing {id} is al gestart per {eerder.Startdatum:yyyy-MM-dd}; corrigeer die melding om de datum te wijzigen.");
            var gestart = new EedBehandelingGestart(Guid.CreateVersion7(), flow.Now, verwijzing.MeldendeOrganisatie, id, start.Datum);
            return IntakeFlow.Aanvaard(Resource, id, gestart);
        }, cancellationToken);
    }

    public Task<Results<Accepted<EedVerwijzingAangenomen>, ValidationProblem, ProblemHttpResult>> Corrigeer(Guid id, JsonElement body, CancellationToken cancellationToken) =>
        flow.Corrigeer(Resource, id, body, (historie, doel, kop) =>
        {
            var verwijzing = historie.Huidig<EedVerwijzingGemeld>()!;
            switch (doel.EventType)
            {
                case nameof(EedVerwijzingGemeld):
                    var validatie = validator.ValidateEedVerwijzing(body, IntakeFlow.GecorrigeerdeMeldingId);
                    if (validatie.Value is not { } nieuw) return NlProblems.Validation(validatie.Errors);
                    if (historie.Effectief<EedBehandelingGestart>().LastOrDefault() is { } start && nieuw.Verwijsdatum > start.Startdatum)
                        return NlProblems.Validation("verwijsdatum", $"De verwijsdatum ligt niet na de start van de behandeling ({start.Startdatum:yyyy-MM-dd}).");
                    return IntakeFlow.Aanvaard(Resource, id, Gemeld(nieuw, id, doel.EventId), corrigeert: doel.MeldingId);
                default:
                    var startValidatie = validator.ValidateBehandelstart(body, verwijzing.Verwijsdatum, IntakeFlow.GecorrigeerdeMeldingId);
                    if (startValidatie.Value is not { } behandelstart) return NlProblems.Validation(startValidatie.Errors);
                    var gestart = new EedBehandelingGestart(Guid.CreateVersion7(), flow.Now, verwijzing.MeldendeOrganisatie, id, behandelstart.Datum)
                    {
                        Corrigeert = doel.EventId,
                    };
                    return IntakeFlow.Aanvaard(Resource, id, gestart, corrigeert: doel.MeldingId);
            }
        }, cancellationToken);

    public Task<Results<Accepted<EedVerwijzingAangenomen>, ValidationProblem, ProblemHttpResult>> TrekIn(Guid id, JsonElement body, CancellationToken cancellationToken) =>
        flow.TrekIn(Resource, id, body, cancellationToken);

    public async Task<EedVerwijzing?> Find(Guid id, CancellationToken cancellationToken)
    {
        if (await flow.Find(Resource, id, cancellationToken) is not { } historie) return null;
        var verwijzing = historie.Laatst<EedVerwijzingGemeld>();
        var start = historie.Effectief<EedBehandelingGestart>().LastOrDefault();
        return new EedVerwijzing(id, VerwijderdeReferentie.Of(verwijzing.Referentie), verwijzing.Brin.Value, verwijzing.Verwijsdatum, start?.Startdatum,
            historie.IsIngetrokken(Resource.AanmaakEvent), historie.Regels());
    }

    /// <summary>The school's referrals not withdrawn whose treatment has not started, longest waiting first.</summary>
    public async Task<EedWerkvoorraad> Werkvoorraad(Brin brin, DateOnly peildatum, CancellationToken cancellationToken)
    {
        var verwijzingen = (await flow.Lijst(Resource, new { brin = brin.Value }, cancellationToken))
            .Where(item => item.Historie.Effectief<EedBehandelingGestart>().Count == 0)
            .Select(item => (item.Id, Verwijzing: item.Historie.Huidig<EedVerwijzingGemeld>()))
            // A correction may have moved the referral to another school: what holds now decides.
            .Where(item => item.Verwijzing is not null && item.Verwijzing.Brin == brin)
            .Select(item => new OpenstaandeEedVerwijzing(item.Id, item.Verwijzing!.Referentie, brin.Value, item.Verwijzing.Verwijsdatum,
                peildatum.DayNumber - item.Verwijzing.Verwijsdatum.DayNumber))
            .OrderBy(regel => regel.Verwijsdatum)
            .ThenBy(regel => regel.Referentie, StringComparer.Ordinal)
            .ToArray();
        return new EedWerkvoorraad(brin.Value, peildatum, verwijzingen);
    }

    private EedVerwijzingGemeld Gemeld(GeldigeEedVerwijzing verwijzing, Guid id, Guid? corrigeert) =>
        new(Guid.CreateVersion7(), flow.Now, verwijzing.SchoolNaam, id, verwijzing.Referentie.Value, verwijzing.Brin, verwijzing.Verwijsdatum)
        {
            Corrigeert = corrigeert,
        };
}
