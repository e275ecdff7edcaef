namespace Ontwikkelagenda.Web;

/// <summary>
/// The live loop of a page that shows figures: calls <c>refresh</c> every interval until the page closes. Every page
/// starts it from its first interactive render (<c>OnAfterRender(firstRender)</c>), so prerendering starts no loop.
/// </summary>
public sealed class LiveRefresh : IAsyncDisposable
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
