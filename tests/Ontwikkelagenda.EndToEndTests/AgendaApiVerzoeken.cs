using System.Globalization;
using Agenda.Api.Client;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>How many questions Agenda.Api answered, as its own request metrics (/metrics) count them.</summary>
internal static class AgendaApiVerzoeken
{
    private const string Teller = "http_server_request_duration_seconds_count{";

    /// <summary>
    /// Whether a window of <paramref name="lengte"/> passes in which Agenda.Api streams no change and answers no request
    /// for figures, within <paramref name="pogingen"/> windows. A page that polls never gives one; a window with a
    /// change in it (or the tail of reads that began before it) is tried again.
    /// </summary>
    public static async Task<bool> StilVenster(SystemFixture system, TimeSpan lengte, int pogingen, CancellationToken cancellationToken)
    {
        // The request counts are on the anonymous /metrics; the stream of changes takes a token like every caller's.
        using var agendaApi = new HttpClient { BaseAddress = system.AppHost.Url("agenda-api") };
        using var stroomClient = system.Toegang.AgendaLezer(system.AppHost, Timeout.InfiniteTimeSpan);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var wijzigingen = 0;
        var stroom = Task.Run(async () =>
        {
            await foreach (var item in WijzigingenStroom.LeesAsync(stroomClient, stop.Token))
            {
                if (item.EventType == Wijzigingen.Soort) Interlocked.Increment(ref wijzigingen);
            }
        }, stop.Token);
        try
        {
            for (var poging = 0; poging < pogingen; poging++)
            {
                var voor = (Volatile.Read(ref wijzigingen), await Beantwoord(agendaApi, cancellationToken));
                await Task.Delay(lengte, cancellationToken);
                var na = (Volatile.Read(ref wijzigingen), await Beantwoord(agendaApi, cancellationToken));
                if (voor == na) return true;
            }
            return false;
        }
        finally
        {
            await stop.CancelAsync();
            await stroom.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }
    }

    /// <summary>The requests for figures (/v1/...) answered so far; the open stream of changes is not one.</summary>
    public static async Task<double> Beantwoord(HttpClient agendaApi, CancellationToken cancellationToken)
    {
        var metrics = await agendaApi.GetStringAsync("/metrics", cancellationToken);
        return metrics.Split('\n')
            .Where(regel => regel.StartsWith(Teller, StringComparison.Ordinal)
                && regel.Contains("http_route=\"/v1/", StringComparison.Ordinal)
                && !regel.Contains("http_route=\"/v1/wijzigingen\"", StringComparison.Ordinal))
            .Sum(regel => double.Parse(regel[(regel.IndexOf("} ", StringComparison.Ordinal) + 2)..].Split(' ')[0], CultureInfo.InvariantCulture));
    }
}
