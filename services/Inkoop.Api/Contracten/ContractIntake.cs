using System.Text.Json;
using Agenda.Domein.Referentie;
using Inkoop.Api.Meldingen;
using Intake.Contracts.Inkoop;
using Intake.Contracts.Meldingen;
using Microsoft.AspNetCore.Http.HttpResults;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Intake;
using Ontwikkelagenda.Intake.Opslag;
using Ontwikkelagenda.Intake.Validatie;
using Ontwikkelagenda.ServiceDefaults.NlApi;

namespace Inkoop.Api.Contracten;

/// <summary>Reporting, ending, correcting, withdrawing and reading contracts.</summary>
public sealed class ContractIntake(MeldingOntvangst ontvangst, IntakeStore store, VeldLezerFactory lezers, MeldendeOrganisaties organisaties, Referentiedata register, TimeProvider time)
{
    private readonly ContractInvoer invoer = new(store, register);

    public static string Location(Guid id) => $"/v1/contracten/{id}";

    public async Task<Results<Accepted<ContractAangenomen>, ValidationProblem, ProblemHttpResult>> Sluit(JsonElement body, CancellationToken cancellationToken)
    {
        var velden = lezers.Lees<ContractMelding>(body);
        if (await invoer.Lees(velden, cancellationToken) is not { } contract) return NlProblems.Validation(velden.Fouten);

        var nu = time.GetUtcNow();
        return await ontvangst.Maak<ContractStaat, ContractAangenomen>(contract.MeldingId, body, ContractStaat.EntiteitSoort, MeldingSoorten.ContractGesloten, id =>
        {
            var gesloten = Gesloten(id, contract, nu);
            return Besluit<ContractStaat, ContractAangenomen>.Aanvaard(ContractStaat.Van(gesloten, null), gesloten, new ContractAangenomen(id), Location(id));
        }, cancellationToken);
    }

    /// <summary>Every field error <see cref="Sluit"/> would report, storing nothing (POST /v1/contracten/validaties).</summary>
    public async Task<IReadOnlyDictionary<string, string[]>> Controleer(JsonElement body, CancellationToken cancellationToken)
    {
        var velden = lezers.Lees<ContractMelding>(body);
        await invoer.Lees(velden, cancellationToken);
        return velden.Fouten;
    }

    public async Task<Results<Accepted<ContractAangenomen>, ValidationProblem, ProblemHttpResult>> Beeindig(Guid id, JsonElement body, CancellationToken cancellationToken)
    {
        if (await ontvangst.EerderOntvangen<ContractAangenomen>(body, id, MeldingSoorten.ContractBeeindigd, cancellationToken) is { } herhaling) return herhaling;
        // The startdatum is read before the lock only to report all field errors together; the lock checks it again.
        var bestaand = await store.Vind<ContractStaat>(id, ContractStaat.EntiteitSoort, cancellationToken);
        var velden = lezers.Lees<ContractBeeindiging>(body);
        var (meldingId, einddatum) = LeesBeeindiging(velden, bestaand?.Staat.Startdatum);
        if (velden.Any) return NlProblems.Validation(velden.Fouten);

        var nu = time.GetUtcNow();
        return await ontvangst.Registreer<ContractStaat, ContractAangenomen>(meldingId!.Value, body, id, ContractStaat.EntiteitSoort, MeldingSoorten.ContractBeeindigd, huidig =>
        {
            if (Weiger(huidig, id) is { } probleem) return probleem;
            var staat = huidig!.Staat;
            if (staat.Beeindiging is { } al)
                return NlProblems.Conflict($"Het contract {id} is al beëindigd per {al:yyyy-MM-dd}; corrigeer die beëindiging om de datum te wijzigen.");
            if (einddatum <= staat.Startdatum) return TeVroeg(staat.Startdatum);
            var beeindigd = new ContractBeeindigd(Guid.CreateVersion7(), nu, organisaties.Voor(staat.AlsContractant()), id, einddatum!.Value);
            return Besluit<ContractStaat, ContractAangenomen>.Aanvaard(staat with { Beeindiging = einddatum }, beeindigd, new ContractAangenomen(id), Location(id));
        }, cancellationToken);
    }

    /// <summary>The errors of a correction body when the target cannot be known (a bad path id).</summary>
    public static IReadOnlyDictionary<string, string[]> ValideerKop(VeldLezer velden)
    {
        velden.MeldingId();
        velden.Id("gecorrigeerdeMeldingId", ContractCorrectie.GecorrigeerdeReden);
        return velden.Fouten;
    }

    public async Task<Results<Accepted<ContractAangenomen>, ValidationProblem, ProblemHttpResult>> Corrigeer(Guid id, JsonElement body, CancellationToken cancellationToken)
    {
        if (await ontvangst.EerderOntvangen<ContractAangenomen>(body, id, MeldingSoorten.Correctie, cancellationToken) is { } herhaling) return herhaling;
        var velden = lezers.Lees<ContractCorrectie>(body);
        var gecorrigeerd = velden.Id("gecorrigeerdeMeldingId", ContractCorrectie.GecorrigeerdeReden);
        // Which fields a correction has depends on the kind of melding it corrects; a melding's kind never changes.
        var doel = gecorrigeerd is null ? null : await store.Melding(gecorrigeerd.Value, cancellationToken);
        if (gecorrigeerd is not null && (doel is null || doel.EntiteitId != id))
        {
            velden.MeldingId();
            velden.Errors.Add("gecorrigeerdeMeldingId", $"De melding {gecorrigeerd} is geen melding over contract {id}.");
            return NlProblems.Validation(velden.Fouten);
        }

        var nu = time.GetUtcNow();
        switch (doel?.EventType)
        {
            case nameof(ContractGesloten):
            {
                var contract = await invoer.Lees(velden, cancellationToken);
                if (contract is null) return NlProblems.Validation(velden.Fouten);
                return await ontvangst.Registreer<ContractStaat, ContractAangenomen>(contract.MeldingId, body, id, ContractStaat.EntiteitSoort, MeldingSoorten.Correctie, huidig =>
                {
                    if (WeigerCorrectie(huidig, id, doel) is { } probleem) return probleem;
                    var staat = huidig!.Staat;
                    if (staat.Beeindiging is { } beeindiging && beeindiging <= contract.Startdatum)
                        return NlProblems.Validation("startdatum", $"Het contract is beëindigd per {beeindiging:yyyy-MM-dd}; de startdatum ligt daarvoor.");
                    var gesloten = Gesloten(id, contract, nu) with { Corrigeert = doel.EventId };
                    return Besluit<ContractStaat, ContractAangenomen>.Aanvaard(ContractStaat.Van(gesloten, staat.Beeindiging), gesloten,
                        new ContractAangenomen(id), Location(id)) with { Corrigeert = doel.MeldingId };
                }, cancellationToken);
            }
            case nameof(ContractBeeindigd):
            {
                var bestaand = await store.Vind<ContractStaat>(id, ContractStaat.EntiteitSoort, cancellationToken);
                var (meldingId, einddatum) = LeesBeeindiging(velden, bestaand?.Staat.Startdatum);
                if (velden.Any) return NlProblems.Validation(velden.Fouten);
                return await ontvangst.Registreer<ContractStaat, ContractAangenomen>(meldingId!.Value, body, id, ContractStaat.EntiteitSoort, MeldingSoorten.Correctie, huidig =>
                {
                    if (WeigerCorrectie(huidig, id, doel) is { } probleem) return probleem;
                    var staat = huidig!.Staat;
                    if (einddatum <= staat.Startdatum) return TeVroeg(staat.Startdatum);
                    var beeindigd = new ContractBeeindigd(Guid.CreateVersion7(), nu, organisaties.Voor(staat.AlsContractant()), id, einddatum!.Value)
                    {
                        Corrigeert = doel.EventId,
                    };
                    return Besluit<ContractStaat, ContractAangenomen>.Aanvaard(staat with { Beeindiging = einddatum }, beeindigd,
                        new ContractAangenomen(id), Location(id)) with { Corrigeert = doel.MeldingId };
                }, cancellationToken);
            }
            default:
                velden.MeldingId();
                if (doel is not null)
                    velden.Errors.Add("gecorrigeerdeMeldingId", $"De melding {doel.MeldingId} is een intrekking; die kan niet worden gecorrigeerd.");
                return NlProblems.Validation(velden.Fouten);
        }
    }

    public async Task<Results<Accepted<ContractAangenomen>, ValidationProblem, ProblemHttpResult>> TrekIn(Guid id, JsonElement body, CancellationToken cancellationToken)
    {
        var velden = lezers.Lees<Intrekking>(body);
        if (GeldigeIntrekking.Lees(velden) is not { } intrekking) return NlProblems.Validation(velden.Fouten);

        var nu = time.GetUtcNow();
        return await ontvangst.Registreer<ContractStaat, ContractAangenomen>(intrekking.MeldingId, body, id, ContractStaat.EntiteitSoort, Intrekkingen.MeldingSoort, huidig =>
            Intrekkingen.Beslis(huidig, intrekking, nu, huidig is null ? "" : organisaties.Voor(huidig.Staat.AlsContractant()),
                StaatNa, new ContractAangenomen(id), Location(id), () => Onbekend(id)),
            cancellationToken);
    }

    public async Task<Contract?> Vind(Guid id, CancellationToken cancellationToken)
    {
        var entiteit = await store.Vind<ContractStaat>(id, ContractStaat.EntiteitSoort, cancellationToken);
        if (entiteit is null) return null;
        var meldingen = await store.Meldingen(id, cancellationToken);
        return Contract.Van(id, entiteit.Staat, entiteit.Ingetrokken, [.. meldingen.Select(MeldingRegel.Van)]);
    }

    /// <summary>The contracts (not withdrawn) that count for <paramref name="gemeente"/> (its own and the subregion's), or all.</summary>
    public async Task<IReadOnlyList<Contract>> Lijst(string? gemeente, CancellationToken cancellationToken) =>
        [.. (await store.Lijst<ContractStaat>(ContractStaat.EntiteitSoort, cancellationToken))
            .Where(e => gemeente is null || e.Staat.TeltVoor(gemeente))
            .Select(e => Contract.Van(e.Id, e.Staat, e.Ingetrokken, null))];

    private ContractGesloten Gesloten(Guid id, GeldigContract contract, DateTimeOffset nu) => new(
        Guid.CreateVersion7(), nu, organisaties.Voor(contract.Contractant), id, contract.AanbiederId, contract.AanbiederNaam,
        contract.Contractant, contract.Soort, contract.SoortZorg, contract.Kader, contract.Startdatum, contract.Einddatum, contract.Bediening);

    /// <summary>An ending by the rules of <see cref="ContractBeeindiging"/>, then its einddatum against the contract's startdatum.</summary>
    private static (Guid? MeldingId, DateOnly? Einddatum) LeesBeeindiging(VeldLezer velden, DateOnly? startdatum)
    {
        var beeindiging = Verzoeklezer.Lees<ContractBeeindiging>(velden);
        if (beeindiging.Einddatum <= startdatum)
        {
            velden.Errors.Add("einddatum", EinddatumReden(startdatum!.Value));
            return (beeindiging.MeldingId, null);
        }
        return (beeindiging.MeldingId, beeindiging.Einddatum);
    }

    private static string EinddatumReden(DateOnly startdatum) =>
        $"De einddatum ligt na de startdatum van het contract ({startdatum:yyyy-MM-dd}); de einddatum is de eerste dag zonder contract.";

    private static ValidationProblem TeVroeg(DateOnly startdatum) => NlProblems.Validation("einddatum", EinddatumReden(startdatum));

    private static ContractStaat StaatNa(Huidig<ContractStaat> huidig, IntakeMelding doel)
    {
        if (huidig.GecorrigeerdDoor(doel.MeldingId) is { } origineel)
        {
            return origineel.EventType == nameof(ContractGesloten)
                ? ContractStaat.Van(Lees<ContractGesloten>(origineel), huidig.Staat.Beeindiging)
                : huidig.Staat with { Beeindiging = Lees<ContractBeeindigd>(origineel).Einddatum };
        }
        return doel.EventType == nameof(ContractBeeindigd) ? huidig.Staat with { Beeindiging = null } : huidig.Staat;
    }

    private static T Lees<T>(IntakeMelding melding) => JsonSerializer.Deserialize<T>(melding.EventBody, IntakeStore.Json)!;

    private static Besluit<ContractStaat, ContractAangenomen>? Weiger(Huidig<ContractStaat>? huidig, Guid id)
    {
        if (huidig is null) return Onbekend(id);
        if (huidig.Entiteit.Ingetrokken) return NlProblems.Conflict($"Het contract {id} is ingetrokken.");
        return null;
    }

    private static Besluit<ContractStaat, ContractAangenomen>? WeigerCorrectie(Huidig<ContractStaat>? huidig, Guid id, IntakeMelding doel)
    {
        if (Weiger(huidig, id) is { } probleem) return probleem;
        return huidig!.Weiger(doel.MeldingId, "gecorrigeerdeMeldingId", out _) is { } weigering
            ? Besluit<ContractStaat, ContractAangenomen>.Afgewezen(weigering)
            : null;
    }

    private static ProblemHttpResult Onbekend(Guid id) => NlProblems.NotFound($"Er is geen contract met id {id}.");
}
