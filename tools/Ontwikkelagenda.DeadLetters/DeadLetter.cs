using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using RabbitMQ.Client;

namespace Ontwikkelagenda.DeadLetters;

/// <summary>
/// One message in an error queue as MassTransit left it there: its envelope in the body, and the fault
/// of its last attempt in the <c>MT-Fault-*</c> headers.
/// </summary>
public sealed record DeadLetter(int Number, string MessageId, string MessageType, IReadOnlyList<(string Name, string Value)> Headers, string Body)
{
    // For reading on a terminal: indented, and "+" or "é" as themselves rather than escaped.
    private static readonly JsonSerializerOptions Readable = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string? Header(string name) => Headers.FirstOrDefault(h => h.Name == name).Value;

    /// <summary>The exception of the last attempt, e.g. <c>EntiteitOnbekendException: ... </c>.</summary>
    public string Fault => (Header("MT-Fault-ExceptionType"), Header("MT-Fault-Message")) switch
    {
        (null, null) => "(geen foutgegevens in de headers)",
        (var type, var message) => $"{ShortName(type)}: {message}",
    };

    public static DeadLetter From(int number, IReadOnlyBasicProperties properties, ReadOnlyMemory<byte> body)
    {
        var text = Encoding.UTF8.GetString(body.Span);
        var envelope = TryParse(text);
        var messageId = properties.MessageId ?? envelope?["messageId"]?.GetValue<string>() ?? "(geen message-id)";
        // MassTransit names the type as urn:message:Namespace:Type; the last part is the event type.
        var urn = (envelope?["messageType"] as JsonArray)?.FirstOrDefault()?.GetValue<string>();
        var messageType = urn is null ? "(onbekend type)" : urn[(urn.LastIndexOf(':') + 1)..];
        var headers = (properties.Headers ?? new Dictionary<string, object?>())
            .Select(h => (h.Key, Text(h.Value)))
            .OrderBy(h => h.Key, StringComparer.Ordinal)
            .ToList();
        var shown = envelope is null ? text : envelope.ToJsonString(Readable);
        return new DeadLetter(number, messageId, messageType, headers, shown);
    }

    private static JsonObject? TryParse(string text)
    {
        try { return JsonNode.Parse(text) as JsonObject; }
        catch (JsonException) { return null; }
    }

    private static string ShortName(string? type) => type is null ? "Fout" : type[(type.LastIndexOf('.') + 1)..];

    // RabbitMQ.Client hands string headers over as bytes.
    private static string Text(object? value) => value switch
    {
        null => "",
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        AmqpTimestamp timestamp => DateTimeOffset.FromUnixTimeSeconds(timestamp.UnixTime).ToString("u", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IDictionary dictionary => "{" + string.Join(", ", dictionary.Keys.Cast<object>().Select(k => $"{k}: {Text(dictionary[k])}")) + "}",
        IEnumerable list and not string => "[" + string.Join(", ", list.Cast<object?>().Select(Text)) + "]",
        _ => value.ToString() ?? "",
    };
}
