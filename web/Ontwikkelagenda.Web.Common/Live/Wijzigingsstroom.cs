namespace Ontwikkelagenda.Web.Common.Live;

/// <summary>
/// One per web process: what Agenda.Api's stream of changes says, passed on to every open page
/// (<see cref="LiveComponent"/>). The process's one connection to that stream feeds it; the pages only listen, so an
/// open page asks nothing of any service until something changed.
/// </summary>
public sealed class Wijzigingsstroom
{
    private readonly Lock gate = new();
    private readonly List<Action<LiveSignaal>> volgers = [];

    /// <summary>False while the stream is broken; true until it is known to be (a page opened at start is not alarmed).</summary>
    public bool Bereikbaar { get; private set; } = true;

    /// <summary>Calls <paramref name="volger"/> on every signal until the result is disposed; it must return quickly.</summary>
    public IDisposable Volg(Action<LiveSignaal> volger)
    {
        lock (gate) volgers.Add(volger);
        return new Volging(() =>
        {
            lock (gate) volgers.Remove(volger);
        });
    }

    /// <summary>The stream named changed scopes (any scope: every page reads again).</summary>
    public void Gewijzigd() => Meld(LiveSignaal.Gewijzigd);

    /// <summary>The stream is open; after a break, every page reads again once.</summary>
    public void Verbonden()
    {
        lock (gate)
        {
            if (Bereikbaar) return;
            Bereikbaar = true;
        }
        Meld(LiveSignaal.Hersteld);
    }

    public void Verbroken()
    {
        lock (gate)
        {
            if (!Bereikbaar) return;
            Bereikbaar = false;
        }
        Meld(LiveSignaal.Verbroken);
    }

    private void Meld(LiveSignaal signaal)
    {
        Action<LiveSignaal>[] nu;
        lock (gate) nu = [.. volgers];
        foreach (var volger in nu) volger(signaal);
    }

    private sealed class Volging(Action stop) : IDisposable
    {
        public void Dispose() => stop();
    }
}
