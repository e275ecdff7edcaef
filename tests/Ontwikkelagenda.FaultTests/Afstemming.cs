using Agenda.Api.Client;
using Agenda.Domein.Data;

namespace Ontwikkelagenda.FaultTests;

/// <summary>
/// Holds the acknowledged meldingen against the stores once a fault is over and the load has stopped: each is in its
/// intake store and its event in the event store exactly once, nothing else is in the event store, and every figure
/// of Agenda.Api equals the recomputation from the intake stores. A municipality, SWV or school is read as the organisation's
/// own client (<paramref name="alsOrganisatie"/>, by code), which Agenda.Api answers exactly; the regio-overzicht as each of
/// those and as <paramref name="kijker"/>, a viewer without case rights, each against the recomputation protected for it.
/// </summary>
public sealed class Afstemming(Opslag opslag, IAgendaApi kijker, Func<string, IAgendaApi> alsOrganisatie, DomeinData data, DateOnly peildatum)
{
    private static readonly TimeSpan Geduld = TimeSpan.FromMinutes(3);

    /// <summary>Waits until every event of <paramref name="bevestigd"/> is in the event store; false when <see cref="Geduld"/> passed first.</summary>
    public Task<bool> WachtTotOpgeslagen(IReadOnlyCollection<Guid> bevestigd, CancellationToken cancellationToken) =>
        opslag.WachtTotOpgeslagen(bevestigd, Geduld, TimeSpan.FromMilliseconds(500), cancellationToken);

    /// <summary>How many of <paramref name="bevestigd"/> are missing from the stores, and how many are stored more than once.</summary>
    public async Task<(int Verloren, int Dubbel, int Vreemd)> Tel(IReadOnlyCollection<Guid> bevestigd)
    {
        // The event store first: an event read there must then be in the intake stores read after it, even while the
        // leerplicht service announces a deadline of its own in between.
        var events = await opslag.OpgeslagenEvents();
        var intake = await opslag.IntakeMeldingen();
        var eventVan = intake.ToDictionary(m => m.MeldingId, m => m.EventId);
        var verloren = bevestigd.Count(id => !eventVan.TryGetValue(id, out var e) || !events.ContainsKey(e));
        var dubbel = bevestigd.Count(id => eventVan.TryGetValue(id, out var e) && events.GetValueOrDefault(e) > 1);
        // An event no intake acknowledged would count something nobody reported.
        var vreemd = events.Keys.Except(intake.Select(m => m.EventId)).Count();
        return (verloren, dubbel, vreemd);
    }

    /// <summary>
    /// The levels whose figures differ from the recomputation (empty when all agree). Read again until they agree or
    /// time is up: a deadline announcement the leerplicht service makes itself may land between the two readings.
    /// </summary>
    public async Task<IReadOnlyList<string>> FigurenVerschillen(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + Geduld;
        while (true)
        {
            var intake = await opslag.IntakeMeldingen();
            var verwacht = Herberekening.Bereken(intake, data, peildatum);
            var gelezen = await Herberekening.Lees(kijker, alsOrganisatie, data, peildatum, cancellationToken);
            var verschillen = Herberekening.Verschillen(verwacht, gelezen);
            if (verschillen.Count == 0 || DateTime.UtcNow > deadline) return verschillen;
            await Task.Delay(1000, cancellationToken);
        }
    }
}
