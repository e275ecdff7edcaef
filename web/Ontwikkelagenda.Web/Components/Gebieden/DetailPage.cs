using System.Net;
using Microsoft.AspNetCore.Components;
using Agenda.Api.Client;
using Ontwikkelagenda.Web.Common.Live;
using Ontwikkelagenda.Web.Privacy;
using Refit;

namespace Ontwikkelagenda.Web.Components.Gebieden;

/// <summary>
/// What the detail pages of a municipality, SWV and school share: the figures of one key (code or BRIN) at a
/// peildatum as Agenda.Api protects them for this user, live (as the Regio-overzicht), and "niet gevonden" when
/// Agenda.Api does not know the key.
/// </summary>
public abstract class DetailPage<TDetail> : LiveComponent where TDetail : class
{
    private string? geladenSleutel;
    private string? extrasVan;

    [Inject] protected IAgendaApi AgendaApi { get; set; } = default!;
    [Inject] private ILogger<DetailPage<TDetail>> Logger { get; set; } = default!;

    protected DateOnly Peildatum { get; private set; }
    protected TDetail? Detail { get; private set; }
    protected BeschermdeDetail? Cijfers { get; private set; }
    protected bool NietGevonden { get; private set; }

    /// <summary>The code or BRIN from the route.</summary>
    protected abstract string Sleutel { get; }

    protected abstract Task<TDetail> FetchAsync(string sleutel, DateOnly peildatum, CancellationToken cancellationToken);

    /// <summary>The figures as Agenda.Api gave them to this user (exact only where the user has case rights).</summary>
    protected abstract BeschermdeDetail CijfersVan(TDetail detail);

    /// <summary>Loads what does not change with the peildatum (the list of schools, names of places) once per key.</summary>
    protected virtual Task LoadOnceAsync(string sleutel, CancellationToken cancellationToken) => Task.CompletedTask;

    protected override void OnInitialized() => Peildatum = Clock.Today();

    protected override async Task OnParametersSetAsync()
    {
        if (Sleutel == geladenSleutel) return;
        // The first key was read before (OnInitializedAsync); the same page component serves another key when a link
        // leads from one detail page to another.
        if (geladenSleutel is not null)
        {
            Detail = null;
            Cijfers = null;
            NietGevonden = false;
            await LaadAsync();
        }
        geladenSleutel = Sleutel;
        await LoadOnceSafelyAsync(Sleutel);
    }

    protected async Task OnPeildatumChangedAsync(DateOnly gekozen)
    {
        Peildatum = gekozen;
        await LaadAsync();
    }

    protected override async Task VernieuwAsync()
    {
        await LaadAsync();
        // Extras that could not be fetched at first (Agenda.Api busy or down) are asked for again.
        if (extrasVan != Sleutel) await LoadOnceSafelyAsync(Sleutel);
    }

    // Unreachable, timed out or broken: keep the last figures whatever went wrong, and say so.
    protected override bool IsOnbereikbaar(Exception exception) => true;

    protected override async Task<LeesUitkomst> LeesAsync(CancellationToken pageClosed)
    {
        var sleutel = Sleutel;
        var gevraagd = Peildatum;
        try
        {
            var antwoord = await FetchAsync(sleutel, gevraagd, pageClosed);
            if (gevraagd != Peildatum || sleutel != Sleutel)
            {
                return LeesUitkomst.Overgeslagen; // the peildatum or page changed while this was under way; the newer read wins
            }
            Detail = antwoord;
            Cijfers = CijfersVan(antwoord);
            NietGevonden = false;
            return LeesUitkomst.Gelezen;
        }
        catch (ApiException exception) when (exception.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest)
        {
            // Not in the register (404), or not even a code or BRIN (400): the same to the visitor.
            if (sleutel != Sleutel) return LeesUitkomst.Overgeslagen;
            Detail = null;
            Cijfers = null;
            NietGevonden = true;
            return LeesUitkomst.Geweigerd;
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
}
