using System.Net;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Agenda.Api.Client;
using Ontwikkelagenda.Web.Privacy;
using Refit;

namespace Ontwikkelagenda.Web.Components.Gebieden;

/// <summary>
/// What the detail pages of a municipality, SWV and school share: the figures of one key (code or BRIN) at a
/// peildatum, suppressed for viewers without case rights, fetched again every few seconds while the page is open
/// (as the Regio-overzicht), and "niet gevonden" when Agenda.Api does not know the key.
/// </summary>
public abstract class DetailPage<TDetail> : ComponentBase, IAsyncDisposable where TDetail : class
{
    private readonly LiveRefresh live = new();
    private string? geladenSleutel;
    private string? extrasVan;

    [Inject] protected IAgendaApi AgendaApi { get; set; } = default!;
    [Inject] protected AmsterdamClock Clock { get; set; } = default!;
    [Inject] private IOptions<OverzichtOptions> Options { get; set; } = default!;
    [Inject] private ILogger<DetailPage<TDetail>> Logger { get; set; } = default!;

    protected DateOnly Peildatum { get; private set; }
    protected TDetail? Detail { get; private set; }
    protected ProtectedDetail? Cijfers { get; private set; }
    protected DateTimeOffset? BijgewerktOm { get; private set; }
    protected bool Onbereikbaar { get; private set; }
    protected bool NietGevonden { get; private set; }

    /// <summary>The code or BRIN from the route.</summary>
    protected abstract string Sleutel { get; }

    protected abstract Task<TDetail> FetchAsync(string sleutel, DateOnly peildatum, CancellationToken cancellationToken);

    protected abstract ProtectedDetail Protect(TDetail detail);

    /// <summary>Loads what does not change with the peildatum (the list of schools, names of places) once per key.</summary>
    protected virtual Task LoadOnceAsync(string sleutel, CancellationToken cancellationToken) => Task.CompletedTask;

    protected CancellationToken PageClosed => live.PageClosed;

    protected override void OnInitialized() => Peildatum = Clock.Today();

    protected override async Task OnParametersSetAsync()
    {
        // The same page component serves another key when a link leads from one detail page to another.
        if (Sleutel == geladenSleutel) return;
        geladenSleutel = Sleutel;
        Detail = null;
        Cijfers = null;
        NietGevonden = false;
        await LoadAsync();
        await LoadOnceSafelyAsync(Sleutel);
    }

    protected override void OnAfterRender(bool firstRender)
    {
        // Only an interactive page has a first render after prerendering: start the live loop here.
        if (firstRender)
        {
            live.Start(Options.Value.RefreshInterval, RefreshAsync, () => InvokeAsync(StateHasChanged));
        }
    }

    protected async Task OnPeildatumChangedAsync(DateOnly gekozen)
    {
        Peildatum = gekozen;
        await LoadAsync();
    }

    private async Task RefreshAsync()
    {
        await LoadAsync();
        // Extras that could not be fetched at first (Agenda.Api busy or down) are asked for again.
        if (extrasVan != Sleutel) await LoadOnceSafelyAsync(Sleutel);
    }

    private async Task LoadAsync()
    {
        var sleutel = Sleutel;
        var gevraagd = Peildatum;
        try
        {
            var antwoord = await FetchAsync(sleutel, gevraagd, PageClosed);
            if (gevraagd != Peildatum || sleutel != Sleutel)
            {
                return; // the peildatum or page changed while this was under way; the newer load wins
            }
            Detail = antwoord;
            Cijfers = Protect(antwoord);
            BijgewerktOm = Clock.Now();
            Onbereikbaar = false;
            NietGevonden = false;
        }
        catch (OperationCanceledException) when (PageClosed.IsCancellationRequested)
        {
            // The page was closed while asking.
        }
        catch (ApiException exception) when (exception.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest)
        {
            // Not in the register (404), or not even a code or BRIN (400): the same to the visitor.
            if (sleutel != Sleutel) return;
            Detail = null;
            Cijfers = null;
            NietGevonden = true;
            Onbereikbaar = false;
        }
        catch (Exception exception)
        {
            // Unreachable, timed out or broken: say so and keep the last figures; the loop tries again.
            if (!Onbereikbaar)
            {
                Logger.LogWarning(exception, "Detail {Sleutel} for {Peildatum} could not be fetched from Agenda.Api", sleutel, gevraagd);
            }
            Onbereikbaar = true;
        }
    }

    private async Task LoadOnceSafelyAsync(string sleutel)
    {
        if (NietGevonden) return;
        try
        {
            await LoadOnceAsync(sleutel, PageClosed);
            extrasVan = sleutel;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The figures matter more than these extras; the page shows what it has.
            Logger.LogWarning(exception, "Extras of {Sleutel} could not be fetched from Agenda.Api", sleutel);
        }
        catch (OperationCanceledException)
        {
            // The page was closed while asking.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await live.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
