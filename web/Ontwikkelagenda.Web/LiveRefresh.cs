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

    public void Start(TimeSpan interval, Func<Task> refresh)
    {
        if (timer is not null) return;
        timer = new PeriodicTimer(interval);
        _ = RunAsync(timer, refresh);
    }

    private async Task RunAsync(PeriodicTimer ticks, Func<Task> refresh)
    {
        try
        {
            while (await ticks.WaitForNextTickAsync(PageClosed))
            {
                await refresh();
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
