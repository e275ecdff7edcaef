using System.Net.Http.Json;
using System.Text.Json;

namespace Ontwikkelagenda.OperationsTests;

/// <summary>The few calls of Prometheus' HTTP API the tests need.</summary>
public sealed class PrometheusApi(Uri baseUrl) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>The number of series an instant query returns now; throws when Prometheus refuses the query.</summary>
    public async Task<int> CountSeriesAsync(string expr, CancellationToken cancellationToken)
    {
        var data = await GetDataAsync($"/api/v1/query?query={Uri.EscapeDataString(expr)}", cancellationToken);
        return data.GetProperty("result").GetArrayLength();
    }

    /// <summary>The values of <paramref name="label"/> on the series an instant query returns now.</summary>
    public async Task<IReadOnlySet<string>> LabelValuesAsync(string expr, string label, CancellationToken cancellationToken)
    {
        var data = await GetDataAsync($"/api/v1/query?query={Uri.EscapeDataString(expr)}", cancellationToken);
        return data.GetProperty("result").EnumerateArray()
            .Select(r => r.GetProperty("metric").TryGetProperty(label, out var v) ? v.GetString()! : "")
            .ToHashSet();
    }

    /// <summary>Every metric name Prometheus holds.</summary>
    public async Task<IReadOnlySet<string>> MetricNamesAsync(CancellationToken cancellationToken)
    {
        var data = await GetDataAsync("/api/v1/label/__name__/values", cancellationToken);
        return data.EnumerateArray().Select(e => e.GetString()!).ToHashSet();
    }

    /// <summary>The alert rules Prometheus loaded: names and their health ("ok", "err", "unknown").</summary>
    public async Task<IReadOnlyDictionary<string, string>> RuleHealthAsync(CancellationToken cancellationToken)
    {
        var data = await GetDataAsync("/api/v1/rules?type=alert", cancellationToken);
        return data.GetProperty("groups").EnumerateArray()
            .SelectMany(g => g.GetProperty("rules").EnumerateArray())
            .ToDictionary(r => r.GetProperty("name").GetString()!, r => r.GetProperty("health").GetString()!);
    }

    public void Dispose() => http.Dispose();

    private async Task<JsonElement> GetDataAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(path, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        if (!response.IsSuccessStatusCode || body.GetProperty("status").GetString() != "success")
        {
            throw new InvalidOperationException($"Prometheus answered {(int)response.StatusCode} to {path}: {body}");
        }

        return body.GetProperty("data");
    }
}
