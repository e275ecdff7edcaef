using System.Threading.Channels;
using Agenda.Api.Client;

namespace Agenda.Api.Live;

/// <summary>
/// Passes the changes this process hears from the silo on, in-process: it clears the <see cref="AntwoordCache"/> of
/// the changed scopes first, then hands the change to every open stream (<see cref="Luister"/>).
/// </summary>
public sealed class WijzigingenOmroep(AntwoordCache cache)
{
    /// <summary>How many changes a slow listener may have waiting; older ones are dropped (a listener reads again anyway).</summary>
    private const int Wachtrij = 64;

    private readonly Lock gate = new();
    private readonly List<Channel<Wijzigingen>> luisteraars = [];

    public void Publiceer(Wijzigingen wijzigingen)
    {
        if (wijzigingen.Scopes.Count == 0) cache.VergeetAlles();
        else cache.Vergeet(wijzigingen.Scopes);
        lock (gate)
        {
            foreach (var luisteraar in luisteraars) luisteraar.Writer.TryWrite(wijzigingen);
        }
    }

    /// <summary>Every change from now on, until the listener is disposed.</summary>
    public Luisteraar Luister()
    {
        var kanaal = Channel.CreateBounded<Wijzigingen>(new BoundedChannelOptions(Wachtrij)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        lock (gate) luisteraars.Add(kanaal);
        return new Luisteraar(kanaal.Reader, () =>
        {
            lock (gate) luisteraars.Remove(kanaal);
        });
    }

    public sealed class Luisteraar(ChannelReader<Wijzigingen> reader, Action stop) : IDisposable
    {
        public ChannelReader<Wijzigingen> Reader { get; } = reader;

        public void Dispose() => stop();
    }
}
