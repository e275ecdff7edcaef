using Microsoft.AspNetCore.Components;
using OnbereikbareDienst = Ontwikkelagenda.Web.Common.Onbereikbaar;

namespace Ontwikkelagenda.Web.Common.Live;

/// <summary>
/// A page, or a part of one, that shows what a service holds and stays live. It reads before its first render (so a
/// prerendered page shows its data at once), again whenever the <see cref="Wijzigingsstroom"/> says something changed
/// once it runs interactively (a burst of changes is one read), and when the page asks (<see cref="LaadAsync"/>). It
/// never polls: an open page that nothing changes for asks nothing. A service that does not answer, or a broken stream
/// of changes, breaks nothing: the component keeps what it shows, says so (<see cref="Onbereikbaar"/>) and reads again
/// on the next change, or once when the stream is back. How it stays live is kept in here alone.
/// </summary>
public abstract class LiveComponent : ComponentBase, IAsyncDisposable
{
    private readonly LiveVolging live = new();
    private ILogger? logger;
    private bool leesfout;
    private bool stroomVerbroken;

    [Inject] protected AmsterdamClock Clock { get; set; } = default!;

    [Inject] private Wijzigingsstroom Stroom { get; set; } = default!;

    [Inject] private ILoggerFactory LoggerFactory { get; set; } = default!;

    /// <summary>When the data on screen was read; null until it was.</summary>
    protected DateTimeOffset? BijgewerktOm { get; private set; }

    /// <summary>The last read failed, or the stream of changes is broken: what is on screen may be older than the service's.</summary>
    protected bool Onbereikbaar => leesfout || stroomVerbroken;

    /// <summary>Cancelled when the page is closed: every call the component makes takes it.</summary>
    protected CancellationToken PageClosed => live.PageClosed;

    /// <summary>Reads the data and keeps it in the component; throws when the service cannot be reached.</summary>
    protected abstract Task<LeesUitkomst> LeesAsync(CancellationToken pageClosed);

    /// <summary>The failures that mean "try again later" rather than a broken page: by default those of <see cref="OnbereikbareDienst"/>.</summary>
    protected virtual bool IsOnbereikbaar(Exception exception) => OnbereikbareDienst.Is(exception);

    /// <summary>What a change does: read again.</summary>
    protected virtual Task VernieuwAsync() => LaadAsync();

    protected override Task OnInitializedAsync() => LaadAsync();

    // Sealed so that no page forgets to follow the changes; a page's own first-render work goes in OnAfterRenderAsync.
    protected sealed override void OnAfterRender(bool firstRender)
    {
        // Only an interactive page has a first render after prerendering: it follows from here, prerendering follows nothing.
        if (!firstRender) return;
        live.Start(Stroom, () => InvokeAsync(VolgStroomEnVernieuwAsync), () => InvokeAsync(VolgStroom), () => InvokeAsync(StateHasChanged));
        if (!Stroom.Bereikbaar)
        {
            VolgStroom();
            StateHasChanged();
        }
    }

    private void VolgStroom() => stroomVerbroken = !Stroom.Bereikbaar;

    private Task VolgStroomEnVernieuwAsync()
    {
        VolgStroom();
        return VernieuwAsync();
    }

    /// <summary>
    /// Reads the data once, now: the first read, after every change the stream tells of, and whenever what it shows
    /// changed (another choice on the page, something reported on the same page).
    /// </summary>
    public async Task LaadAsync()
    {
        try
        {
            switch (await LeesAsync(PageClosed))
            {
                case LeesUitkomst.Gelezen:
                    BijgewerktOm = Clock.Now();
                    leesfout = false;
                    break;
                case LeesUitkomst.Geweigerd:
                    leesfout = false;
                    break;
                case LeesUitkomst.Onbereikbaar:
                    leesfout = true;
                    break;
            }
        }
        catch (OperationCanceledException) when (PageClosed.IsCancellationRequested)
        {
            // The page was closed while asking.
        }
        catch (Exception exception) when (IsOnbereikbaar(exception))
        {
            // Logged once per outage, not every read.
            if (!leesfout)
            {
                logger ??= LoggerFactory.CreateLogger(GetType());
                logger.LogWarning(exception, "{Component} could not read its data; it keeps what it shows and tries again", GetType().Name);
            }
            leesfout = true;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await live.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
