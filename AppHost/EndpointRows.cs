using Ontwikkelagenda.AppHost.Servers;
using Ontwikkelagenda.AppHost.Services;

namespace Ontwikkelagenda.AppHost;

/// <summary>The table AppHost prints and writes to the endpoints file: each resource's name and the URL to reach it.</summary>
public static class EndpointRows
{
    /// <summary>The resources AppHost defines (not the dashboard, Aspire's parameters or its project rebuilders).</summary>
    public static bool IsOurs(IResource resource) =>
        resource is ServiceResource || resource.GetType().Namespace == typeof(PostgresResource).Namespace;

    public static IEnumerable<(string Name, string Url)> For(DistributedApplicationModel model, string? dashboardUrl)
    {
        foreach (var resource in model.Resources)
        {
            switch (resource)
            {
                case ServiceResource project:
                    yield return (project.Name, ServiceUrl(model, project.Name).ToString().TrimEnd('/'));
                    break;
                case PostgresResource postgres:
                    yield return (postgres.Name, $"postgresql://postgres@127.0.0.1:{postgres.Endpoint.Port}");
                    break;
                case RabbitMqResource rabbitmq:
                    yield return (rabbitmq.Name, $"amqp://guest:guest@127.0.0.1:{rabbitmq.Amqp.Port}/");
                    yield return ($"{rabbitmq.Name}-metrics", $"http://127.0.0.1:{rabbitmq.Metrics.Port}/metrics");
                    break;
                case RedisResource redis:
                    yield return (redis.Name, $"redis://127.0.0.1:{redis.Endpoint.Port}");
                    break;
                case PostgresExporterResource exporter:
                    yield return (exporter.Name, $"http://127.0.0.1:{exporter.Endpoint.Port}/metrics");
                    break;
                case PrometheusResource prometheus:
                    yield return (prometheus.Name, $"http://127.0.0.1:{prometheus.Endpoint.Port}");
                    break;
                case GrafanaResource grafana:
                    yield return (grafana.Name, $"http://127.0.0.1:{grafana.Endpoint.Port}");
                    break;
            }
        }

        if (dashboardUrl is not null)
        {
            yield return ("dashboard", dashboardUrl);
        }
    }

    /// <summary>The http endpoint of the service resource <paramref name="name"/>.</summary>
    public static Uri ServiceUrl(DistributedApplicationModel model, string name) =>
        new($"http://127.0.0.1:{model.Resources.OfType<ServiceResource>().Single(p => p.Name == name).GetEndpoint("http").Port}");
}
