using System.Globalization;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>
/// A queue's figure as Prometheus scrapes it from RabbitMQ's plugin (<c>/metrics/detailed</c>, the job
/// <c>rabbitmq-queues</c> of deploy/prometheus/prometheus.yml), refreshed by the broker every 5 s.
/// </summary>
public static class RabbitMqQueueMetrics
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    /// <summary><c>rabbitmq_detailed_queue_messages{queue}</c> (ready plus unacknowledged); 0 while the queue has no series.</summary>
    public static async Task<int> MessagesAsync(int prometheusPort, string queue)
    {
        var metrics = await Http.GetStringAsync(
            $"http://127.0.0.1:{prometheusPort}/metrics/detailed?family=queue_coarse_metrics", TestContext.Current.CancellationToken);
        var line = metrics.Split('\n').FirstOrDefault(l =>
            l.StartsWith("rabbitmq_detailed_queue_messages{", StringComparison.Ordinal) && l.Contains($"queue=\"{queue}\"", StringComparison.Ordinal));
        return line is null ? 0 : (int)double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
    }
}
