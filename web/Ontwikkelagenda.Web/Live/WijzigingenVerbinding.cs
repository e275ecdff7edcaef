using Agenda.Api.Client;
using Ontwikkelagenda.Web.Common.Live;

namespace Ontwikkelagenda.Web.Live;

/// <summary>
/// The web process's one connection to Agenda.Api's stream of changes (GET /v1/wijzigingen), passed on to every open
/// page through the <see cref="Wijzigingsstroom"/>. A broken or silent stream (no heartbeat for <see cref="Stilte"/>)
/// is reconnected with a growing pause; the outage is logged once and the pages say the figures are not live.
/// </summary>
public sealed class WijzigingenVerbinding(IHttpClientFactory clients, Wijzigingsstroom stroom, ILogger<WijzigingenVerbinding> logger) : BackgroundService
{
    public const string ClientName = "agenda-api-wijzigingen";

    /// <summary>Two heartbeats missed and a margin: the connection is dead even if no error says so.</summary>
    public static readonly TimeSpan Stilte = 2 * WijzigingenStroom.HartslagInterval + TimeSpan.FromSeconds(5);

    private static readonly TimeSpan EerstePauze = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan LangstePauze = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pauze = EerstePauze;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await VolgAsync(stoppingToken);
                throw new IOException("Agenda.Api sloot de stroom van wijzigingen.");
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                if (stroom.Bereikbaar)
                {
                    logger.LogWarning(exception, "De stroom van wijzigingen van Agenda.Api is onderbroken; open pagina's zijn niet live tot hij terug is");
                    pauze = EerstePauze;
                }
                stroom.Verbroken();
            }
            try
            {
                await Task.Delay(pauze, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            pauze = TimeSpan.FromTicks(Math.Min(pauze.Ticks * 2, LangstePauze.Ticks));
        }
    }

    private async Task VolgAsync(CancellationToken stoppingToken)
    {
        using var stil = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        stil.CancelAfter(Stilte);
        await foreach (var item in WijzigingenStroom.LeesAsync(clients.CreateClient(ClientName), stil.Token))
        {
            stil.CancelAfter(Stilte);
            if (!stroom.Bereikbaar) logger.LogInformation("De stroom van wijzigingen van Agenda.Api is terug");
            stroom.Verbonden();
            if (item.EventType == Wijzigingen.Soort) stroom.Gewijzigd();
        }
    }
}
