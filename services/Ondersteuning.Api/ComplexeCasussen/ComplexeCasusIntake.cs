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

namespace Ondersteuning.Api.ComplexeCasussen;

/// <summary>
/// Complex cases: report, (re)assign the casusregisseur, close, correct, withdraw; reported on behalf of the
/// municipality of residence (the case counts there).
/// </summary>
public sealed class ComplexeCasusIntake(IntakeFlow flow, MeldingValidator validator, Schoolregister register)
{
    public static readonly Resource<ComplexeCasusAangenomen> Resource = new("complexe-casussen", "complexe casus", nameof(ComplexeCasusGemeld),
        historie => historie.Huidig<ComplexeCasusGemeld>() ?? historie.Laatst<ComplexeCasusGemeld>(),
        historie => historie.Laatst<ComplexeCasusGemeld>().MeldendeOrganisatie, id => new ComplexeCasusAangenomen(id));

    public async Task<Results<Accepted<ComplexeCasusAangenomen>, ValidationProblem, ProblemHttpResult>> Meld(JsonElement body, CancellationToken cancellationToken)
    {
        var validatie = validator.ValidateComplexeCasus(body);
        if (validatie.Value is not { } casus) return NlProblems.Validation(validatie.Errors);
        return await flow.Nieuw(Resource, casus.MeldingId, body, id => Gemeld(casus, id, null), cancellationToken);
    }

    public async Task<Results<Accepted<ComplexeCasusAangenomen>, ValidationProblem, ProblemHttpResult>> WijsRegisseurToe(Guid id, JsonElement body, CancellationToken cancellationToken)
    {
        // Every field error at once, the date against the case's start as read now; checked again under the lock.
        var bekend = await flow.Find(Resource, id, cancellationToken);
        var vooraf = validator.ValidateToewijzing(body, bekend?.Huidig<ComplexeCasusGemeld>()?.Startdatum);
        if (vooraf.Value is not { } melding) return NlProblems.Validation(vooraf.Errors);

        return await flow.Vervolg(Resource, id, melding.MeldingId, body, nameof(CasusregisseurToegewezen), historie =>
        {
            var casus = historie.Huidig<ComplexeCasusGemeld>()!;
            var validatie = validator.ValidateToewijzing(body, casus.Startdatum);
            if (validatie.Value is not { } toewijzing) return NlProblems.Validation(validatie.Errors);
            if (Afgesloten(historie) is { } afgesloten)
                return NlProblems.Conflict($"De casus {id} is afgesloten per {afgesloten.Einddatum:yyyy-MM-dd}; wijs geen regisseur meer toe.");
            var toegewezen = new CasusregisseurToegewezen(Guid.CreateVersion7(), flow.Now, casus.MeldendeOrganisatie, id, toewijzing.Casusregisseur, toewijzing.Datum);
            return IntakeFlow.Aanvaard(Resource, id, toegewezen);
        }, cancellationToken);
    }

    public async Task<Results<Accepted<ComplexeCasusAangenomen>, ValidationProblem, ProblemHttpResult>> SluitAf(Guid id, JsonElement body, CancellationToken cancellationToken)
    {
        var bekend = await flow.Find(Resource, id, cancellationToken);
        var vooraf = validator.ValidateAfsluiting(body, bekend?.Huidig<ComplexeCasusGemeld>()?.Startdatum);
        if (vooraf.Value is not { } melding) return NlProblems.Validation(vooraf.Errors);

        return await flow.Vervolg(Resource, id, melding.MeldingId, body, nameof(ComplexeCasusAfgesloten), historie =>
        {
            var casus = historie.Huidig<ComplexeCasusGemeld>()!;
            var validatie = validator.ValidateAfsluiting(body, casus.Startdatum);
            if (validatie.Value is not { } afsluiting) return NlProblems.Validation(validatie.Errors);
            if (Afgesloten(historie) is { } eerder)
                return NlProblems.Conflict($"De casus {id} is al afgesloten per {eerder.Einddatum:yyyy-MM-dd}; corrigeer die melding om de datum te wijzigen.");
            var afgesloten = new ComplexeCasusAfgesloten(Guid.CreateVersion7(), flow.Now, casus.MeldendeOrganisatie, id, afsluiting.Datum);
            return IntakeFlow.Aanvaard(Resource, id, afgesloten);
        }, cancellationToken);
    }

    public Task<Results<Accepted<ComplexeCasusAangenomen>, ValidationProblem, ProblemHttpResult>> Corrigeer(Guid id, JsonElement body, CancellationToken cancellationToken) =>
        flow.Corrigeer(Resource, id, body, (historie, doel, kop) =>
        {
            var casus = historie.Huidig<ComplexeCasusGemeld>()!;
            switch (doel.EventType)
            {
                case nameof(ComplexeCasusGemeld):
                    var validatie = validator.ValidateComplexeCasus(body, IntakeFlow.GecorrigeerdeMeldingId);
                    if (validatie.Value is not { } nieuw) return NlProblems.Validation(validatie.Errors);
                    if (Afgesloten(historie) is { } eind && nieuw.Startdatum >= eind.Einddatum)
                        return NlProblems.Validation("startdatum", $"De startdatum ligt voor de einddatum van de casus ({eind.Einddatum:yyyy-MM-dd}).");
                    return IntakeFlow.Aanvaard(Resource, id, Gemeld(nieuw, id, doel.EventId), corrigeert: doel.MeldingId);
                case nameof(CasusregisseurToegewezen):
                    var toewijzingValidatie = validator.ValidateToewijzing(body, casus.Startdatum, IntakeFlow.GecorrigeerdeMeldingId);
                    if (toewijzingValidatie.Value is not { } toewijzing) return NlProblems.Validation(toewijzingValidatie.Errors);
                    var toegewezen = new CasusregisseurToegewezen(Guid.CreateVersion7(), flow.Now, casus.MeldendeOrganisatie, id, toewijzing.Casusregisseur, toewijzing.Datum)
                    {
                        Corrigeert = doel.EventId,
                    };
                    return IntakeFlow.Aanvaard(Resource, id, toegewezen, corrigeert: doel.MeldingId);
                default:
                    var afsluitingValidatie = validator.ValidateAfsluiting(body, casus.Startdatum, IntakeFlow.GecorrigeerdeMeldingId);
                    if (afsluitingValidatie.Value is not { } afsluiting) return NlProblems.Validation(afsluitingValidatie.Errors);
                    var afgesloten = new ComplexeCasusAfgesloten(Guid.CreateVersion7(), flow.Now, casus.MeldendeOrganisatie, id, afsluiting.Datum)
                    {
                        Corrigeert = doel.EventId,
                    };
                    return IntakeFlow.Aanvaard(Resource, id, afgesloten, corrigeert: doel.MeldingId);
            }
        }, cancellationToken);

    public Task<Results<Accepted<ComplexeCasusAangenomen>, ValidationProblem, ProblemHttpResult>> TrekIn(Guid id, JsonElement body, CancellationToken cancellationToken) =>
        flow.TrekIn(Resource, id, body, cancellationToken);

    public async Task<ComplexeCasus?> Find(Guid id, CancellationToken cancellationToken)
    {
        if (await flow.Find(Resource, id, cancellationToken) is not { } historie) return null;
        var casus = historie.Laatst<ComplexeCasusGemeld>();
        return new ComplexeCasus(id, VerwijderdeReferentie.Of(casus.Referentie), casus.Gemeente.Value, casus.Brin?.Value, casus.Startdatum, casus.ThuiszitterZaakId,
            Regisseur(historie, casus), Afgesloten(historie)?.Einddatum, historie.IsIngetrokken(Resource.AanmaakEvent), historie.Regels());
    }

    /// <summary>
    /// The municipality's cases not closed and not withdrawn, with their age at <paramref name="peildatum"/>: past twelve
    /// weeks first (startdatum + 84 days before the peildatum, as the KPI counts), then the oldest.
    /// </summary>
    public async Task<ComplexeCasussenWerkvoorraad> Werkvoorraad(GemeenteCode gemeente, DateOnly peildatum, CancellationToken cancellationToken)
    {
        var casussen = (await flow.Lijst(Resource, new { gemeente = gemeente.Value }, cancellationToken))
            .Where(item => Afgesloten(item.Historie) is null)
            .Select(item => (item.Id, item.Historie, Casus: item.Historie.Huidig<ComplexeCasusGemeld>()))
            // A correction may have moved the case to another municipality: what holds now decides.
            .Where(item => item.Casus is not null && item.Casus.Gemeente == gemeente)
            .Select(item => new OpenComplexeCasus(item.Id, item.Casus!.Referentie, item.Casus.Startdatum,
                (peildatum.DayNumber - item.Casus.Startdatum.DayNumber) / 7, Regisseur(item.Historie, item.Casus),
                item.Casus.Startdatum.AddDays(84) < peildatum))
            .OrderByDescending(regel => regel.LangerDanTwaalfWeken)
            .ThenBy(regel => regel.Startdatum)
            .ThenBy(regel => regel.Referentie, StringComparer.Ordinal)
            .ToArray();
        return new ComplexeCasussenWerkvoorraad(gemeente.Value, peildatum, casussen);
    }

    /// <summary>The assignment with the latest date holds; without one, the regisseur named in the report.</summary>
    private static Casusregisseur? Regisseur(Historie historie, ComplexeCasusGemeld casus) =>
        historie.Effectief<CasusregisseurToegewezen>()
            .Select((toewijzing, volgorde) => (toewijzing, volgorde))
            .OrderBy(item => item.toewijzing.Datum).ThenBy(item => item.volgorde)
            .Select(item => item.toewijzing.Casusregisseur)
            .LastOrDefault() ?? casus.Casusregisseur;

    internal static ComplexeCasusAfgesloten? Afgesloten(Historie historie) => historie.Effectief<ComplexeCasusAfgesloten>().LastOrDefault();

    private ComplexeCasusGemeld Gemeld(GeldigeComplexeCasus casus, Guid id, Guid? corrigeert) =>
        new(Guid.CreateVersion7(), flow.Now, "Gemeente " + register.GemeenteNaam(casus.Gemeente), id, casus.Referentie.Value, casus.Gemeente,
            casus.Brin, casus.Startdatum, casus.ThuiszitterZaakId, casus.Casusregisseur)
        {
            Corrigeert = corrigeert,
        };
}
