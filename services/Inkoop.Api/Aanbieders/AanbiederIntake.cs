using System.Text.Json;
using Inkoop.Api.Meldingen;
using Intake.Contracts.Inkoop;
using Intake.Contracts.Meldingen;
using Microsoft.AspNetCore.Http.HttpResults;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Intake;
using Ontwikkelagenda.Intake.Opslag;
using Ontwikkelagenda.Intake.Validatie;
using Ontwikkelagenda.ServiceDefaults.NlApi;

namespace Inkoop.Api.Aanbieders;

/// <summary>Registering, correcting, withdrawing and reading providers.</summary>
public sealed class AanbiederIntake(MeldingOntvangst ontvangst, IntakeStore store, Verzoeklezer lezer, TimeProvider time)
{
    private const string Organisatie = MeldendeOrganisaties.Inkoop;

    public static string Location(Guid id) => $"/v1/aanbieders/{id}";

    public async Task<Results<Accepted<AanbiederAangenomen>, ValidationProblem, ProblemHttpResult>> Registreer(JsonElement body, CancellationToken cancellationToken)
    {
        var validatie = lezer.Lees<AanbiederRegistratie>(body).Naar(GeldigeAanbieder.Van);
        if (validatie.Value is not { } aanbieder) return NlProblems.Validation(validatie.Errors);

        var nu = time.GetUtcNow();
        return await ontvangst.Maak<AanbiederStaat, AanbiederAangenomen>(aanbieder.MeldingId, body, AanbiederStaat.Soort, MeldingSoorten.AanbiederGeregistreerd,
            id => Besluit<AanbiederStaat, AanbiederAangenomen>.Aanvaard(new AanbiederStaat(aanbieder.Naam, aanbieder.KvkNummer),
                new AanbiederGeregistreerd(Guid.CreateVersion7(), nu, Organisatie, id, aanbieder.Naam, aanbieder.KvkNummer),
                new AanbiederAangenomen(id), Location(id)),
            cancellationToken);
    }


    public async Task<Results<Accepted<AanbiederAangenomen>, ValidationProblem, ProblemHttpResult>> Corrigeer(Guid id, JsonElement body, CancellationToken cancellationToken)
    {
        var gelezen = lezer.Lees<AanbiederCorrectie>(body);
        if (gelezen.Naar(GeldigeAanbieder.Van).Value is not { } aanbieder) return NlProblems.Validation(gelezen.Errors.ToDictionary());
        var gecorrigeerd = gelezen.Verzoek.GecorrigeerdeMeldingId;

        var nu = time.GetUtcNow();
        return await ontvangst.Registreer<AanbiederStaat, AanbiederAangenomen>(aanbieder.MeldingId, body, id, AanbiederStaat.Soort, MeldingSoorten.Correctie, huidig =>
        {
            if (huidig is null) return Onbekend(id);
            if (huidig.Entiteit.Ingetrokken) return Ingetrokken(id);
            if (huidig.Weiger(gecorrigeerd!.Value, "gecorrigeerdeMeldingId", out var doel) is { } probleem)
                return Besluit<AanbiederStaat, AanbiederAangenomen>.Afgewezen(probleem);
            var @event = new AanbiederGeregistreerd(Guid.CreateVersion7(), nu, Organisatie, id, aanbieder.Naam, aanbieder.KvkNummer)
            {
                Corrigeert = doel!.EventId,
            };
            return Besluit<AanbiederStaat, AanbiederAangenomen>.Aanvaard(new AanbiederStaat(aanbieder.Naam, aanbieder.KvkNummer), @event,
                new AanbiederAangenomen(id), Location(id)) with { Corrigeert = doel.MeldingId };
        }, cancellationToken);
    }

    public async Task<Results<Accepted<AanbiederAangenomen>, ValidationProblem, ProblemHttpResult>> TrekIn(Guid id, JsonElement body, CancellationToken cancellationToken)
    {
        var validatie = lezer.Lees<Intrekking>(body).Naar(GeldigeIntrekking.Van);
        if (validatie.Value is not { } intrekking) return NlProblems.Validation(validatie.Errors);

        var nu = time.GetUtcNow();
        return await ontvangst.Registreer<AanbiederStaat, AanbiederAangenomen>(intrekking.MeldingId, body, id, AanbiederStaat.Soort, Intrekkingen.MeldingSoort, huidig =>
            Intrekkingen.Beslis(huidig, intrekking, nu, Organisatie, StaatNa, new AanbiederAangenomen(id), Location(id), () => Onbekend(id)),
            cancellationToken);
    }

    public async Task<Aanbieder?> Vind(Guid id, CancellationToken cancellationToken)
    {
        var entiteit = await store.Vind<AanbiederStaat>(id, AanbiederStaat.Soort, cancellationToken);
        if (entiteit is null) return null;
        var meldingen = await store.Meldingen(id, cancellationToken);
        return new Aanbieder(id, entiteit.Staat.Naam, entiteit.Staat.KvkNummer, entiteit.Ingetrokken, [.. meldingen.Select(MeldingRegel.Van)]);
    }

    public async Task<IReadOnlyList<Aanbieder>> Lijst(CancellationToken cancellationToken) =>
        [.. (await store.Lijst<AanbiederStaat>(AanbiederStaat.Soort, cancellationToken))
            .Select(e => new Aanbieder(e.Id, e.Staat.Naam, e.Staat.KvkNummer, e.Ingetrokken, null))];

    /// <summary>Once <paramref name="doel"/> no longer counts: a withdrawn correction gives back the values it replaced.</summary>
    private static AanbiederStaat StaatNa(Huidig<AanbiederStaat> huidig, IntakeMelding doel)
    {
        if (huidig.GecorrigeerdDoor(doel.MeldingId) is not { } origineel) return huidig.Staat;
        var @event = JsonSerializer.Deserialize<AanbiederGeregistreerd>(origineel.EventBody, IntakeStore.Json)!;
        return new AanbiederStaat(@event.Naam, @event.KvkNummer);
    }

    private static ProblemHttpResult Onbekend(Guid id) => NlProblems.NotFound($"Er is geen aanbieder met id {id}.");

    private static ProblemHttpResult Ingetrokken(Guid id) => NlProblems.Conflict($"De registratie van aanbieder {id} is ingetrokken.");
}
