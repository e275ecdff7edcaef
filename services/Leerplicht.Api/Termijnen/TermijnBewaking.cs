using System.Text.Json;
using Leerplicht.Api.Intake;
using Leerplicht.Api.Opslag;
using Leerplicht.Api.Publicatie;
using Leerplicht.Api.Thuiszitters;
using Microsoft.Extensions.Options;
using Npgsql;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.NlApi;

namespace Leerplicht.Api.Termijnen;

/// <summary>
/// The Thuiszitterspact's clock: every <see cref="LeerplichtOptions.TermijnInterval"/> it finds the cases that passed
/// three months (today in Europe/Amsterdam) and writes one deadline melding per case into the outbox, then publishes
/// it. A unique index on (case, soort) makes a second one a no-op, so replicas and restarts publish it exactly once
/// into the outbox; the outbox delivers it at least once with the same event id, which the silo deduplicates.
/// </summary>
public sealed class TermijnBewaking(MeldingStore store, OutboxPublisher publisher, TimeProvider time,
    IOptions<LeerplichtOptions> options, ILogger<TermijnBewaking> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.TermijnInterval, time);
        do
        {
            try
            {
                await Bewaak(stoppingToken);
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
            {
                logger.LogWarning(exception, "Termijnen niet bewaakt; volgende poging over {Interval}", options.Value.TermijnInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One scan; public so that a test can run it as often as it likes.</summary>
    public async Task Bewaak(CancellationToken cancellationToken)
    {
        var vandaag = time.Today();
        foreach (var zaakId in await store.FindTermijnKandidaten(vandaag, cancellationToken))
        {
            var melding = await store.RegistreerTermijn(zaakId, zaak => Melding(zaak, vandaag), cancellationToken);
            if (melding is null) continue;
            // If the broker does not confirm, the OutboxDispatcher sends it later with the same event id.
            if (await publisher.TryPublish(melding, cancellationToken))
                logger.LogInformation("ThuiszitterTermijnOverschreden {EventId} gepubliceerd voor zaak {ZaakId}", melding.EventId, zaakId);
        }
    }

    /// <summary>The deadline melding, checked again on the locked case (it may have been closed or withdrawn since the scan).</summary>
    private OpgeslagenMelding? Melding(Zaak zaak, DateOnly vandaag)
    {
        var termijndatum = Termijn.Termijndatum(zaak.Startdatum);
        var openOpTermijndatum = zaak.Einddatum is null || zaak.Einddatum > termijndatum;
        if (zaak.IngetrokkenOp is not null || !openOpTermijndatum || !Termijn.IsOverschreden(zaak.Startdatum, vandaag)) return null;

        var now = time.GetUtcNow();
        var gemeente = GemeenteCode.Parse(zaak.Gemeente);
        var overschreden = new ThuiszitterTermijnOverschreden(Guid.CreateVersion7(), now, MeldendeOrganisatie.Voor(gemeente), zaak.Id,
            gemeente, zaak.Brin is null ? null : Brin.Parse(zaak.Brin), zaak.Startdatum, termijndatum);
        return new OpgeslagenMelding(Guid.CreateVersion7(), OpgeslagenMelding.SoortTermijnOverschreden, zaak.Id, now, StatusCodes.Status202Accepted,
            JsonSerializer.Serialize(new ThuiszitterAangenomen(zaak.Id), OutboxPublisher.EventJson), ThuiszitterIntake.Location(zaak.Id),
            overschreden.EventId, nameof(ThuiszitterTermijnOverschreden), JsonSerializer.Serialize(overschreden, OutboxPublisher.EventJson), null);
    }
}
