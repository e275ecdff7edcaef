namespace Ontwikkelagenda.AppHost.Servers;

/// <summary>Whether a URL answers 200 with a body that contains what is expected.</summary>
public static class HttpProbe
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(3) };

    public static async Task<bool> AnswersAsync(string url, string expected, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await Http.GetAsync(url, cancellationToken);
            return response.IsSuccessStatusCode && (await response.Content.ReadAsStringAsync(cancellationToken)).Contains(expected, StringComparison.Ordinal);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
