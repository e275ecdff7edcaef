using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using OnbereikbareDienst = Ontwikkelagenda.Web.Common.Onbereikbaar;

namespace Ontwikkelagenda.Web.Common.Live;

/// <summary>
/// A page, or a part of one, that shows what a service holds and stays live. It reads before its first render (so a
/// prerendered page shows its data at once), again every <see cref="OverzichtOptions.RefreshInterval"/> once it runs
/// interactively, and when the page asks (<see cref="LaadAsync"/>). A service that does not answer breaks nothing: the
/// component keeps what it shows, says so (<see cref="Onbereikbaar"/>) and the next read tries again. How it stays live
/// is kept in here alone, so push updates can replace the polling without touching a page.
/// </summary>
public abstract class LiveComponent : ComponentBase, IAsyncDisposable
{
    private readonly LiveRefresh live = new();
    private ILogger? logger;

    [Inject] protected AmsterdamClock Clock { get; set; } = default!;

    [Inject] private IOptions<OverzichtOptions> Options { get; set; } = default!;

    [Inject] private ILoggerFactory LoggerFactory { get; set; } = default!;

    /// <summary>When the data on screen was read; null until it was.</summary>
    protected DateTimeOffset? BijgewerktOm { get; private set; }

    /// <summary>The last read failed: what is on screen (if anything) is older than the service's.</summary>
    protected bool Onbereikbaar { get; private set; }

    /// <summary>Cancelled when the page is closed: every call the component makes takes it.</summary>
    protected CancellationToken PageClosed => live.PageClosed;

    /// <summary>Reads the data and keeps it in the component; throws when the service cannot be reached.</summary>
    protected abstract Task<LeesUitkomst> LeesAsync(CancellationToken pageClosed);

    /// <summary>The failures that mean "try again later" rather than a broken page: by default those of <see cref="OnbereikbareDienst"/>.</summary>
    protected virtual bool IsOnbereikbaar(Exception exception) => OnbereikbareDienst.Is(exception);

    /// <summary>What each tick of the live loop does: read again.</summary>
    protected virtual Task VernieuwAsync() => LaadAsync();

    protected override Task OnInitializedAsync() => LaadAsync();

    // Sealed so that no page forgets to start the loop; a page's own first-render work goes in OnAfterRenderAsync.
    protected sealed override void OnAfterRender(bool firstRender)
    {
        // Only an interactive page has a first render after prerendering: the loop starts here, so prerendering starts none.
        if (firstRender) live.Start(Options.Value.RefreshInterval, VernieuwAsync, () => InvokeAsync(StateHasChanged));
    }

    /// <summary>
    /// Reads the data once, now: the first read, every tick, and whenever what it shows changed (another choice on the
    /// page, something reported on the same page).
    /// </summary>
    public async Task LaadAsync()
    {
        try
        {
            switch (await LeesAsync(PageClosed))
            {
                case LeesUitkomst.Gelezen:
                    BijgewerktOm = Clock.Now();
                    Onbereikbaar = false;
                    break;
                case LeesUitkomst.Geweigerd:
                    Onbereikbaar = false;
                    break;
                case LeesUitkomst.Onbereikbaar:
                    Onbereikbaar = true;
                    break;
            }
        }
        catch (OperationCanceledException) when (PageClosed.IsCancellationRequested)
        {
            // The page was closed while asking.
        }
        catch (Exception exception) when (IsOnbereikbaar(exception))
        {
            // Logged once per outage, not every tick.
            if (!Onbereikbaar)
            {
                logger ??= LoggerFactory.CreateLogger(GetType());
                logger.LogWarning(exception, "{Component} could not read its data; it keeps what it shows and tries again", GetType().Name);
            }
            Onbereikbaar = true;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await live.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
