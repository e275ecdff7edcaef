using System.Threading.Channels;

namespace Ontwikkelagenda.Web.Common.Live;

/// <summary>
/// How one <see cref="LiveComponent"/> follows the <see cref="Wijzigingsstroom"/>: a change asks for one read, and
/// changes that arrive while a read is asked for or under way ask for one more read in all, so a burst of changes
/// costs a page one or two reads, never one per change. Only the base starts it, from the first interactive render,
/// so prerendering follows nothing.
/// </summary>
internal sealed class LiveVolging : IAsyncDisposable
{
    private readonly CancellationTokenSource closing = new();
    private readonly Channel<bool> gevraagd = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite, // one read asked for already: this change joins it
        SingleReader = true,
    });
    private IDisposable? volging;

    /// <summary>Cancelled when the page is closed: pass it to every call the page makes.</summary>
    public CancellationToken PageClosed { get; }

    // Taken once: the source is disposed with the page, and asking a disposed source for its token throws.
    public LiveVolging() => PageClosed = closing.Token;

    /// <param name="load">Reads the page's figures again.</param>
    /// <param name="broken">Marks the page as not live (the stream broke); the page is drawn again after it.</param>
    /// <param name="show">Draws the page again: <c>() => InvokeAsync(StateHasChanged)</c>, as this runs outside the renderer.</param>
    public void Start(Wijzigingsstroom stroom, Func<Task> load, Func<Task> broken, Func<Task> show)
    {
        if (volging is not null) return;
        volging = stroom.Volg(signaal =>
        {
            if (signaal == LiveSignaal.Verbroken) _ = RunSafelyAsync(async () => { await broken(); await show(); });
            else gevraagd.Writer.TryWrite(true);
        });
        _ = RunSafelyAsync(() => ReadOnRequestAsync(load, show));
    }

    private async Task ReadOnRequestAsync(Func<Task> load, Func<Task> show)
    {
        while (await gevraagd.Reader.WaitToReadAsync(PageClosed))
        {
            gevraagd.Reader.TryRead(out _);
            await load();
            await show();
        }
    }

    private async Task RunSafelyAsync(Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (OperationCanceledException) when (PageClosed.IsCancellationRequested)
        {
            // The page was closed.
        }
        catch (ObjectDisposedException) when (PageClosed.IsCancellationRequested)
        {
            // The page was closed while it was being drawn.
        }
    }

    public async ValueTask DisposeAsync()
    {
        volging?.Dispose();
        gevraagd.Writer.TryComplete();
        await closing.CancelAsync();
        closing.Dispose();
    }
}
