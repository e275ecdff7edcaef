using Leerplicht.Api.Intake;
using Leerplicht.Api.Opslag;
using Leerplicht.Api.Thuiszitters;
using Microsoft.Extensions.Options;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.Intake;
using Ontwikkelagenda.Intake.Opslag;
using Ontwikkelagenda.Intake.Publicatie;
using Ontwikkelagenda.ServiceDefaults.NlApi;

namespace Leerplicht.Api.Termijnen;

/// <summary>
/// The Thuiszitterspact's clock: every <see cref="LeerplichtOptions.TermijnInterval"/> it finds the cases that passed
/// three months (today in Europe/Amsterdam) and stores one deadline melding per case, then publishes it. The decision
/// is taken again under the case's row lock and marks the case (<see cref="Zaak.TermijnGemeld"/>) in the same
/// transaction, so replicas and restarts store it exactly once; the outbox delivers it at least once with the same
/// event id, which the silo deduplicates.
/// </summary>
public sealed class TermijnBewaking(IntakeStore store, OutboxPublisher publisher, TimeProvider time,
    IOptions<LeerplichtOptions> options, ILogger<TermijnBewaking> logger) : PeriodiekeTaak(time, logger)
{
    protected override TimeSpan Interval => options.Value.TermijnInterval;

    protected override string NietGedaan => "Termijnen niet bewaakt";

    protected override Task Voer(CancellationToken cancellationToken) => Bewaak(cancellationToken);

    /// <summary>One scan; public so that a test can run it as often as it likes.</summary>
    public async Task Bewaak(CancellationToken cancellationToken)
    {
        var vandaag = Time.Today();
        // Cases whose deadline melding is stored are not read at all; the rest are judged by their dates.
        foreach (var zaak in await store.Lijst<Zaak>(Zaak.Soort, new { termijnGemeld = false }, cancellationToken))
        {
            if (!HeeftTermijnmeldingNodig(zaak.Staat, vandaag)) continue;
            var uitkomst = await store.Registreer<Zaak, ThuiszitterAangenomen>(Guid.CreateVersion7(), null, null, zaak.Id, Zaak.Soort,
                MeldingSoorten.TermijnOverschreden, Time.GetUtcNow(), huidig => Beslis(huidig, vandaag), cancellationToken);
            if (uitkomst.Melding is not { } melding) continue;
            // If the broker does not confirm, the OutboxDispatcher sends it later with the same event id.
            if (await publisher.TryPublish(melding, cancellationToken))
                Logger.LogInformation("ThuiszitterTermijnOverschreden {EventId} gepubliceerd voor zaak {ZaakId}", melding.EventId, zaak.Id);
        }
    }

    /// <summary>Not reported yet, three months passed, and still open on its termijndatum.</summary>
    private static bool HeeftTermijnmeldingNodig(Zaak zaak, DateOnly vandaag) =>
        !zaak.TermijnGemeld
        && Termijn.IsOverschreden(zaak.Startdatum, vandaag)
        && (zaak.Einddatum is null || zaak.Einddatum > Termijn.Termijndatum(zaak.Startdatum));

    /// <summary>
    /// The deadline melding, decided again on the locked case (it may have been closed, withdrawn or reported since the
    /// scan). "No melding" is a refusal nobody sees: the store then writes nothing.
    /// </summary>
    private Besluit<Zaak, ThuiszitterAangenomen> Beslis(Huidig<Zaak>? huidig, DateOnly vandaag)
    {
        if (huidig is null || huidig.Entiteit.Ingetrokken || !HeeftTermijnmeldingNodig(huidig.Staat, vandaag))
            return NlProblems.Conflict("Deze zaak heeft geen termijnmelding (meer) nodig.");

        var zaak = huidig.Staat;
        var zaakId = huidig.Entiteit.Id;
        var gemeente = GemeenteCode.Parse(zaak.Gemeente);
        var overschreden = new ThuiszitterTermijnOverschreden(Guid.CreateVersion7(), Time.GetUtcNow(), MeldendeOrganisatie.Voor(gemeente), zaakId,
            gemeente, ThuiszitterIntake.BrinOf(zaak), zaak.Startdatum, Termijn.Termijndatum(zaak.Startdatum));
        return ThuiszitterIntake.Aanvaard(zaakId, zaak with { TermijnGemeld = true }, overschreden);
    }
}
