using System.Diagnostics;
using System.Net.Http.Json;
using Ontwikkelagenda.EndToEndTests;

namespace Ontwikkelagenda.OperationsTests;

/// <summary>One trace follows a melding from the intake request across RabbitMQ into the silo's consumer and grains.</summary>
public sealed class TraceTests(MonitoringFixture system)
{
    private const int Server = 2, Consumer = 5;

    [Fact]
    public async Task The_intake_request_the_consume_and_the_grain_update_share_one_trace_id()
    {
        // The caller starts the trace, as a leerplicht office's system with tracing would.
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using var http = system.LeerplichtAls("GM1731");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/thuiszitters")
        {
            Content = JsonContent.Create(Meldingen.Absoluut("GM1731", Meldingen.Today.AddDays(-3))),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(202, (int)response.StatusCode);

        var trace = await MonitoringFixture.EventuallyAsync(
            _ => Task.FromResult(system.Traces.Spans.Where(s => s.TraceId == traceId).ToList()),
            spans => IsComplete(spans));

        var seen = $"{trace.Count} spans of {system.Traces.Spans.Count} received: " + string.Join("; ", trace.Select(s => $"{s.Service} {s.Kind} {s.Name}"));
        Assert.True(trace.Any(s => Of(s, "leerplicht-api") && s.Kind == Server && s.Name.Contains("/v1/thuiszitters")), seen);
        Assert.True(trace.Any(s => Of(s, "agenda-silo") && s.Kind == Consumer), seen);
        Assert.True(trace.Any(s => Of(s, "agenda-silo") && IsGrainCall(s)), seen);
    }

    private static bool IsComplete(List<ReceivedSpan> spans) =>
        spans.Any(s => s.Kind == Server && Of(s, "leerplicht-api"))
        && spans.Any(s => s.Kind == Consumer && Of(s, "agenda-silo"))
        && spans.Any(IsGrainCall);

    // Under AppHost a service is named after its resource (agenda-silo-0); without it, after its assembly (Leerplicht.Api).
    private static bool Of(ReceivedSpan span, string service) =>
        span.Service.ToLowerInvariant().Replace('.', '-').StartsWith(service, StringComparison.Ordinal);

    // Orleans names a grain call span after the grain interface and method, e.g. "...IGemeenteGrain/Apply".
    private static bool IsGrainCall(ReceivedSpan span) => span.Name.Contains("Grain/", StringComparison.Ordinal);
}
