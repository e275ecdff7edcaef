using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Ontwikkelagenda.AppHost.Services;

namespace Ontwikkelagenda.LocalServers.Tests;

/// <summary>AppHost's application model as Aspire sees it, read without starting anything.</summary>
public sealed class AppHostModelTests
{
    private static readonly string[] Servers = ["postgres", "rabbitmq", "rabbitmq-epmd", "redis", "postgres-exporter", "prometheus"];
    private static readonly string[] Services = ["agenda-silo-0", "agenda-silo-1", "agenda-api", "leerplicht-api", "inkoop-api", "ondersteuning-api", "identity-api", "web"];

    [Fact]
    public async Task Every_server_is_an_executable_resource_with_a_health_check()
    {
        await using var builder = await ModelAsync();

        foreach (var name in Servers)
        {
            var server = Assert.IsAssignableFrom<ExecutableResource>(Resource(builder, name));
            Assert.NotEmpty(server.Annotations.OfType<HealthCheckAnnotation>());
        }
    }

    [Fact]
    public async Task Every_service_is_a_service_resource_that_is_healthy_on_its_health_endpoint()
    {
        await using var builder = await ModelAsync();

        foreach (var name in Services)
        {
            var service = Assert.IsType<ServiceResource>(Resource(builder, name));
            Assert.NotEmpty(service.Annotations.OfType<HealthCheckAnnotation>());
            Assert.Contains(service.Annotations.OfType<EndpointAnnotation>(), e => e.Name == "http");
        }
    }

    [Fact]
    public async Task The_two_silo_replicas_and_the_api_share_one_Orleans_cluster_in_redis()
    {
        await using var builder = await ModelAsync();

        var silo0 = await EnvironmentAsync(Resource(builder, "agenda-silo-0"));
        var silo1 = await EnvironmentAsync(Resource(builder, "agenda-silo-1"));
        var api = await EnvironmentAsync(Resource(builder, "agenda-api"));

        Assert.Equal(silo0["Orleans__ClusterId"], silo1["Orleans__ClusterId"]);
        Assert.Equal(silo0["Orleans__ClusterId"], api["Orleans__ClusterId"]);
        Assert.Equal("ontwikkelagenda", api["Orleans__ServiceId"]);
        Assert.True(silo0.ContainsKey("ConnectionStrings__redis"));
        Assert.True(api.ContainsKey("ConnectionStrings__redis"));
        // Each replica gets its own silo and gateway ports; the client none.
        Assert.True(silo0.ContainsKey("Orleans__Endpoints__SiloPort"));
        Assert.True(silo1.ContainsKey("Orleans__Endpoints__GatewayPort"));
        Assert.False(api.ContainsKey("Orleans__Endpoints__SiloPort"));
    }

    [Fact]
    public async Task Each_service_gets_its_connection_strings_and_waits_for_what_it_uses()
    {
        await using var builder = await ModelAsync();

        var leerplicht = Resource(builder, "leerplicht-api");
        var environment = await EnvironmentAsync(leerplicht);
        Assert.True(environment.ContainsKey("ConnectionStrings__leerplichtdb"));
        Assert.True(environment.ContainsKey("ConnectionStrings__rabbitmq"));
        // Waiting for a database is waiting for its server too; the silos first, so the queues exist before an outbox sends.
        Assert.Equal(["agenda-silo-0", "agenda-silo-1", "leerplichtdb", "postgres", "rabbitmq"], WaitsFor(leerplicht));
        Assert.Equal(["agenda-silo-0", "agenda-silo-1", "inkoopdb", "postgres", "rabbitmq"], WaitsFor(Resource(builder, "inkoop-api")));
        Assert.Equal(["agenda-silo-0", "agenda-silo-1", "ondersteuningdb", "postgres", "rabbitmq"], WaitsFor(Resource(builder, "ondersteuning-api")));

        var identity = Resource(builder, "identity-api");
        Assert.True((await EnvironmentAsync(identity)).ContainsKey("ConnectionStrings__identitydb"));
        Assert.Equal(["identitydb", "postgres"], WaitsFor(identity));

        var web = Resource(builder, "web");
        var webEnvironment = await EnvironmentAsync(web);
        Assert.True(webEnvironment.ContainsKey("services__agenda-api__http__0"));
        Assert.True(webEnvironment.ContainsKey("services__leerplicht-api__http__0"));
        Assert.True(webEnvironment.ContainsKey("services__identity-api__http__0"));
        Assert.Equal(["agenda-api", "identity-api", "inkoop-api", "leerplicht-api", "ondersteuning-api"], WaitsFor(web));

        Assert.Equal(["agenda-silo-0", "agenda-silo-1"], WaitsFor(Resource(builder, "agenda-api")));
    }

    [Fact]
    public async Task Without_monitoring_no_prometheus_or_exporter_is_defined()
    {
        await using var builder = await ModelAsync("--no-monitoring");

        Assert.DoesNotContain(builder.Resources, r => r.Name is "prometheus" or "postgres-exporter" or "grafana");
    }

    private static async Task<IDistributedApplicationTestingBuilder> ModelAsync(params string[] extra)
    {
        var dataDir = Path.Combine(Path.GetTempPath(), $"ontwikkelagenda-model-{Guid.NewGuid():N}");
        return await DistributedApplicationTestingBuilder.CreateAsync<Projects.Ontwikkelagenda_AppHost>(
            ["--data-dir", dataDir, "--no-sample-data", "--web-port", "0", .. extra], TestContext.Current.CancellationToken);
    }

    private static IResource Resource(IDistributedApplicationTestingBuilder builder, string name) =>
        builder.Resources.Single(r => r.Name == name);

    private static string[] WaitsFor(IResource resource) =>
        [.. resource.Annotations.OfType<WaitAnnotation>().Select(w => w.Resource.Name).Order()];

    private static async Task<Dictionary<string, object>> EnvironmentAsync(IResource resource)
    {
        var context = new EnvironmentCallbackContext(new DistributedApplicationExecutionContext(DistributedApplicationOperation.Run), resource, []);
        foreach (var callback in resource.Annotations.OfType<EnvironmentCallbackAnnotation>())
        {
            await callback.Callback(context);
        }

        return context.EnvironmentVariables;
    }
}
