using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Agenda.Api.Client;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Agenda.Api.Live;

/// <summary>/v1/wijzigingen: the changes as Server-Sent Events, the way to stay live without asking again and again.</summary>
public static class WijzigingenApi
{
    private static readonly SseItem<Wijzigingen> Hartslag = new(Wijzigingen.Alles, Wijzigingen.Hartslag);

    public static IEndpointRouteBuilder MapWijzigingenApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/wijzigingen", Get)
            .WithTags("Wijzigingen")
            .WithName("GetWijzigingen")
            .WithSummary("De scopes waarvan de cijfers veranderen, als Server-Sent Events")
            .WithDescription(
                "Een open stroom (text/event-stream) in plaats van steeds opnieuw vragen: na elke wijziging volgt een event " +
                "'wijzigingen' met de scopes die veranderden (bijvoorbeeld gemeente:GM1730, swv:PO2201, school:04XX, regio:22.01), " +
                "een uitbarsting van meldingen samen in één event. Een lege lijst betekent dat alles veranderd kan zijn " +
                "(de verbinding met de silo was even weg): lees dan alles opnieuw. Zolang er niets verandert volgt elke " +
                "15 seconden een event 'hartslag'; blijft die uit, verbind dan opnieuw en lees opnieuw.");
        return app;
    }

    private static ServerSentEventsResult<Wijzigingen> Get(WijzigingenOmroep omroep, IHostApplicationLifetime lifetime, CancellationToken cancellationToken) =>
        TypedResults.ServerSentEvents(Stroom(omroep, lifetime.ApplicationStopping, cancellationToken));

    private static async IAsyncEnumerable<SseItem<Wijzigingen>> Stroom(
        WijzigingenOmroep omroep, CancellationToken stopping, [EnumeratorCancellation] CancellationToken requestAborted)
    {
        using var luisteraar = omroep.Luister();
        // At once, so the client knows the stream is open (and listening) before anything changes.
        yield return Hartslag;
        // Ends when the client goes, or quietly when this process stops (the client then reconnects).
        while (!stopping.IsCancellationRequested)
        {
            while (luisteraar.Reader.TryRead(out var wijzigingen))
            {
                yield return new SseItem<Wijzigingen>(wijzigingen, Wijzigingen.Soort);
            }
            if (!await WachtOpWijziging(luisteraar, stopping, requestAborted) && !stopping.IsCancellationRequested) yield return Hartslag;
        }
    }

    /// <summary>True when a change is waiting, false when the heartbeat interval passed first or the process stops.</summary>
    private static async Task<bool> WachtOpWijziging(WijzigingenOmroep.Luisteraar luisteraar, CancellationToken stopping, CancellationToken requestAborted)
    {
        using var wacht = CancellationTokenSource.CreateLinkedTokenSource(stopping, requestAborted);
        wacht.CancelAfter(WijzigingenStroom.HartslagInterval);
        try
        {
            return await luisteraar.Reader.WaitToReadAsync(wacht.Token);
        }
        catch (OperationCanceledException) when (!requestAborted.IsCancellationRequested)
        {
            return false;
        }
    }
}
