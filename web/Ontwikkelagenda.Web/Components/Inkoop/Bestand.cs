using Microsoft.JSInterop;

namespace Ontwikkelagenda.Web.Components.Inkoop;

/// <summary>Offers bytes made here to the user as a file download, through a small module in wwwroot/inkoop.</summary>
public static class Bestand
{
    public const string Module = "./inkoop/bestand.js";

    public static async Task DownloadAsync(IJSRuntime js, string naam, string mediaType, byte[] inhoud)
    {
        await using var module = await js.InvokeAsync<IJSObjectReference>("import", Module);
        await module.InvokeVoidAsync("downloadBestand", naam, mediaType, inhoud);
    }
}
