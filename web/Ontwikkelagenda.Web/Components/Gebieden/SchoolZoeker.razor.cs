using Agenda.Api.Client;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace Ontwikkelagenda.Web.Components.Gebieden;

/// <summary>Finds a school in the register by part of its name or its BRIN, from any page.</summary>
public sealed partial class SchoolZoeker
{
    /// <summary>Fewer characters would match most of the register.</summary>
    public const int MinimumTekens = 2;

    private MudAutocomplete<SchoolInfo>? autocomplete;
    // The typed text is read from the field, not bound: a re-render of this component on every keystroke would race
    // the field's own text while someone types.
    private int keuzes;

    [Inject] private IAgendaApi AgendaApi { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ILogger<SchoolZoeker> Logger { get; set; } = default!;

    private async Task<IEnumerable<SchoolInfo>> ZoekAsync(string? zoek, CancellationToken cancellationToken)
    {
        var term = zoek?.Trim() ?? "";
        if (term.Length < MinimumTekens) return [];
        try
        {
            var scholen = await AgendaApi.GetScholen(zoek: term, cancellationToken: cancellationToken);
            return scholen.Count == 0 ? [] : [AlleResultaten(term), .. scholen];
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // No suggestions is the honest answer; Enter still leads to the results page, which says more.
            Logger.LogWarning(exception, "School search could not reach Agenda.Api");
            return [];
        }
    }

    /// <summary>The suggestion "all schools matching": no BRIN, the search term as its name.</summary>
    private static SchoolInfo AlleResultaten(string term) => new("", term, "", "", "", 0);

    private static bool IsAlleResultaten(SchoolInfo school) => school.Brin.Length == 0;

    private string Tekst => autocomplete?.Text ?? "";

    private async Task OnGekozenAsync(SchoolInfo? school)
    {
        if (school is null) return;
        keuzes++;
        Navigation.NavigateTo(IsAlleResultaten(school) ? GebiedRoutes.Zoeken(school.Naam) : GebiedRoutes.School(school.Brin));
        // Ready for the next search on the school's page.
        if (autocomplete is not null) await autocomplete.ClearAsync();
    }

    private async Task OnKeyDownAsync(KeyboardEventArgs e)
    {
        if (e.Key is not ("Enter" or "NumpadEnter")) return;
        var getypt = Tekst;
        var keuzesVoorEnter = keuzes;
        // The autocomplete handles Enter on a highlighted suggestion itself (OnGekozenAsync); give it the moment
        // it needs, and only when nothing was chosen take the text to the results page.
        await Task.Delay(250);
        if (keuzes == keuzesVoorEnter && getypt.Trim().Length > 0 && getypt == Tekst)
        {
            await NaarResultatenAsync(getypt);
        }
    }

    private Task NaarResultaten() => NaarResultatenAsync(Tekst);

    private async Task NaarResultatenAsync(string zoek)
    {
        if (autocomplete is not null) await autocomplete.CloseMenuAsync();
        Navigation.NavigateTo(zoek.Trim().Length == 0 ? "scholen" : GebiedRoutes.Zoeken(zoek.Trim()));
    }
}
