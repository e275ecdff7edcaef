using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Ontwikkelagenda.Web.Common;
using Ontwikkelagenda.Web.Melden.Upload;

namespace Ontwikkelagenda.Web.Melden.Pages;

/// <summary>CSV upload: check the whole file (locally and by the services, storing nothing), then send a clean file row by row.</summary>
public sealed partial class UploadPage : IDisposable
{
    private readonly CancellationTokenSource closing = new();
    private string? soortCode;
    private UploadRapport? rapport;
    private UploadVerzending.Uitslag? uitslag;
    private string? voortgang;
    private string? probleem;
    private bool bezig;
    private int gedaan;
    private int totaal;

    [Inject] private IEnumerable<IUploadSoort> SoortenUitDi { get; set; } = default!;

    [Inject] private ILogger<UploadPage> Logger { get; set; } = default!;

    /// <summary>The kind to preselect: <c>melden/upload?soort=trajecten</c>.</summary>
    [SupplyParameterFromQuery(Name = "soort")] public string? SoortUitAdres { get; set; }

    private IReadOnlyList<IUploadSoort> Soorten => SoortenUitDi.ToList();

    private IUploadSoort? Gekozen => Soorten.FirstOrDefault(s => s.Code == soortCode);

    protected override void OnInitialized() => soortCode ??= Soorten.Any(s => s.Code == SoortUitAdres) ? SoortUitAdres : null;

    private void KiesSoort(string? code)
    {
        soortCode = code;
        Wis();
    }

    private async Task BestandGekozenAsync(InputFileChangeEventArgs e)
    {
        if (Gekozen is not { } soort) return;
        Wis();
        if (e.File.Size > UploadControle.MaxBytes)
        {
            probleem = $"Het bestand is {e.File.Size / 1024} kB; upload hoogstens 1 MB tegelijk (zo'n {UploadControle.MaxRijen} rijen).";
            return;
        }
        bezig = true;
        try
        {
            using var stream = new MemoryStream();
            await e.File.OpenReadStream(UploadControle.MaxBytes, closing.Token).CopyToAsync(stream, closing.Token);
            var bytes = stream.ToArray();
            totaal = CsvLezer.Lees(bytes).Rijen.Count;
            voortgang = "Het bestand wordt gecontroleerd…";
            rapport = await UploadControle.Controleer(soort, bytes, aantal => Toon($"{aantal} van {totaal} rijen gecontroleerd", aantal), closing.Token);
            voortgang = rapport.Schoon ? "Controle klaar: geen fouten." : $"Controle klaar: {rapport.Regels.Count()} fouten gevonden.";
        }
        catch (Exception ex) when (IsOnbereikbaar(ex))
        {
            Logger.LogWarning(ex, "Upload niet te controleren");
            rapport = null;
            voortgang = null;
            probleem = "De controle kon nu niet worden gedaan: een dienst is niet bereikbaar. Er is niets vastgelegd; probeer het zo opnieuw.";
        }
        finally
        {
            bezig = false;
        }
    }

    private async Task VerstuurAsync()
    {
        if (rapport is not { Schoon: true } schoon || bezig) return;
        bezig = true;
        totaal = schoon.TeVersturen.Count;
        gedaan = 0;
        try
        {
            Toon($"0 van {totaal} meldingen verstuurd", 0);
            uitslag = await UploadVerzending.Verstuur(schoon, aantal => Toon($"{aantal} van {totaal} meldingen verstuurd", aantal), closing.Token);
        }
        catch (Exception ex) when (IsOnbereikbaar(ex))
        {
            Logger.LogWarning(ex, "Upload niet volledig verstuurd");
            probleem = $"Het versturen stopte na {gedaan} van {totaal} meldingen: een dienst is niet bereikbaar. Upload hetzelfde bestand straks opnieuw; wat al is vastgelegd, wordt niet dubbel vastgelegd.";
        }
        finally
        {
            bezig = false;
        }
    }

    private void Toon(string tekst, int aantal)
    {
        voortgang = tekst;
        gedaan = aantal;
        _ = InvokeAsync(StateHasChanged);
    }

    private void Wis()
    {
        rapport = null;
        uitslag = null;
        voortgang = null;
        probleem = null;
        gedaan = 0;
        totaal = 0;
    }

    // A cancellation the page did not ask for is a timeout too.
    private bool IsOnbereikbaar(Exception ex) =>
        Onbereikbaar.Is(ex) || (ex is OperationCanceledException && !closing.IsCancellationRequested);

    public void Dispose()
    {
        closing.Cancel();
        closing.Dispose();
    }
}
