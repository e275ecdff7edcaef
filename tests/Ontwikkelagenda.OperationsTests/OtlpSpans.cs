namespace Ontwikkelagenda.OperationsTests;

/// <summary>A span as the receiver keeps it. Kind: 1 internal, 2 server, 3 client, 4 producer, 5 consumer.</summary>
public sealed record ReceivedSpan(string Service, string TraceId, string SpanId, string ParentSpanId, string Name, int Kind);

/// <summary>
/// Reads the few fields the test needs from an OTLP ExportTraceServiceRequest in protobuf wire format
/// (resource_spans → resource.attributes service.name, scope_spans → spans: ids, name, kind).
/// </summary>
public static class OtlpSpans
{
    public static IEnumerable<ReceivedSpan> Parse(byte[] request)
    {
        foreach (var (field, resourceSpans) in Fields(request))
        {
            if (field != 1) continue;
            var service = "";
            var scopeSpans = new List<byte[]>();
            foreach (var (f, value) in Fields(resourceSpans))
            {
                if (f == 1) service = ServiceName(value) ?? service;
                if (f == 2) scopeSpans.Add(value);
            }

            foreach (var scope in scopeSpans)
            {
                foreach (var (f, span) in Fields(scope))
                {
                    if (f == 2) yield return Span(service, span);
                }
            }
        }
    }

    private static ReceivedSpan Span(string service, byte[] span)
    {
        string traceId = "", spanId = "", parent = "", name = "";
        var kind = 0;
        foreach (var (field, value, number) in FieldsWithNumbers(span))
        {
            switch (field)
            {
                case 1: traceId = Convert.ToHexStringLower(value!); break;
                case 2: spanId = Convert.ToHexStringLower(value!); break;
                case 4: parent = Convert.ToHexStringLower(value!); break;
                case 5: name = System.Text.Encoding.UTF8.GetString(value!); break;
                case 6: kind = (int)number; break;
            }
        }

        return new ReceivedSpan(service, traceId, spanId, parent, name, kind);
    }

    // Resource { repeated KeyValue attributes = 1 }; KeyValue { string key = 1; AnyValue value = 2 }; AnyValue { string string_value = 1 }.
    private static string? ServiceName(byte[] resource)
    {
        foreach (var (f, keyValue) in Fields(resource))
        {
            if (f != 1) continue;
            var pairs = Fields(keyValue).ToList();
            var key = pairs.Where(p => p.Field == 1).Select(p => System.Text.Encoding.UTF8.GetString(p.Value)).FirstOrDefault();
            if (key == "service.name")
            {
                var any = pairs.First(p => p.Field == 2).Value;
                return Fields(any).Where(p => p.Field == 1).Select(p => System.Text.Encoding.UTF8.GetString(p.Value)).FirstOrDefault();
            }
        }

        return null;
    }

    /// <summary>The length-delimited fields of a message.</summary>
    private static IEnumerable<(int Field, byte[] Value)> Fields(byte[] message) =>
        FieldsWithNumbers(message).Where(f => f.Value is not null).Select(f => (f.Field, f.Value!));

    private static IEnumerable<(int Field, byte[]? Value, ulong Number)> FieldsWithNumbers(byte[] message)
    {
        var position = 0;
        while (position < message.Length)
        {
            var tag = Varint(message, ref position);
            var field = (int)(tag >> 3);
            switch (tag & 7)
            {
                case 0:
                    yield return (field, null, Varint(message, ref position));
                    break;
                case 1:
                    position += 8;
                    break;
                case 2:
                    var length = (int)Varint(message, ref position);
                    if (length < 0 || position + length > message.Length) throw new FormatException("Truncated protobuf field.");
                    yield return (field, message[position..(position + length)], 0);
                    position += length;
                    break;
                case 5:
                    position += 4;
                    break;
                default:
                    throw new FormatException($"Unsupported protobuf wire type {tag & 7}.");
            }
        }
    }

    private static ulong Varint(byte[] message, ref int position)
    {
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (position >= message.Length) throw new FormatException("Truncated varint.");
            var b = message[position++];
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return result;
        }

        throw new FormatException("Varint too long.");
    }
}
