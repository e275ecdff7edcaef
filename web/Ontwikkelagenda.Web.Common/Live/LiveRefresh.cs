namespace Ontwikkelagenda.Web.Common.Live;

/// <summary>
/// The live loop behind <see cref="LiveComponent"/>: calls <c>load</c> every interval until the page closes. Only the
/// base starts it, from the first interactive render, so prerendering starts no loop.
/// </summary>
internal sealed class LiveRefresh : IAsyncDisposable
{
    private readonly CancellationTokenSource closing = new();
    private PeriodicTimer? timer;

    /// <summary>Cancelled when the page is closed: pass it to every call the page makes.</summary>
    public CancellationToken PageClosed { get; }

    // Taken once: the source is disposed with the page, and asking a disposed source for its token throws.
    public LiveRefresh() => PageClosed = closing.Token;

    /// <param name="load">Reads the page's figures again.</param>
    /// <param name="show">Draws the page again: <c>() => InvokeAsync(StateHasChanged)</c>, as the loop runs outside the renderer.</param>
    public void Start(TimeSpan interval, Func<Task> load, Func<Task> show)
    {
        if (timer is not null) return;
        timer = new PeriodicTimer(interval);
        _ = RunAsync(timer, load, show);
    }

    private async Task RunAsync(PeriodicTimer ticks, Func<Task> load, Func<Task> show)
    {
        try
        {
            while (await ticks.WaitForNextTickAsync(PageClosed))
            {
                await load();
                await show();
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await closing.CancelAsync();
        timer?.Dispose();
        closing.Dispose();
    }
}
