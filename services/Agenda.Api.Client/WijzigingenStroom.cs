using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Agenda.Api.Client;

/// <summary>
/// Reads GET /v1/wijzigingen, the Server-Sent Events stream of Agenda.Api: one item per batch of changes, and a
/// heartbeat (<see cref="Wijzigingen.Hartslag"/>) while nothing changes. The client's HttpClient must not time out
/// the request: the stream stays open.
/// </summary>
public static class WijzigingenStroom
{
    public const string Pad = "v1/wijzigingen";

    /// <summary>How often a quiet stream says it is still there; a client that hears nothing for longer reconnects.</summary>
    public static readonly TimeSpan HartslagInterval = TimeSpan.FromSeconds(15);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Opens the stream and yields its events until it ends; throws when it cannot be opened or breaks.</summary>
    public static async IAsyncEnumerable<SseItem<Wijzigingen>> LeesAsync(HttpClient client, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Pad);
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var parser = SseParser.Create(stream, (_, data) => JsonSerializer.Deserialize<Wijzigingen>(data, Json) ?? Wijzigingen.Alles);
        await foreach (var item in parser.EnumerateAsync(cancellationToken))
        {
            yield return item;
        }
    }
}
