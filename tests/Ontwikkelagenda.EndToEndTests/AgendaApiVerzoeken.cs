using System.Globalization;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>How many questions Agenda.Api answered, as its own request metrics (/metrics) count them.</summary>
internal static class AgendaApiVerzoeken
{
    private const string Teller = "http_server_request_duration_seconds_count{";

    /// <summary>The requests for figures (/v1/...) answered so far; the open stream of changes is not one.</summary>
    public static async Task<double> Beantwoord(HttpClient agendaApi, CancellationToken cancellationToken)
    {
        var metrics = await agendaApi.GetStringAsync("/metrics", cancellationToken);
        return metrics.Split('\n')
            .Where(regel => regel.StartsWith(Teller, StringComparison.Ordinal)
                && regel.Contains("http_route=\"/v1/", StringComparison.Ordinal)
                && !regel.Contains("http_route=\"/v1/wijzigingen\"", StringComparison.Ordinal))
            .Sum(regel => double.Parse(regel[(regel.IndexOf("} ", StringComparison.Ordinal) + 2)..].Split(' ')[0], CultureInfo.InvariantCulture));
    }
}
