namespace Ontwikkelagenda.AppHost.Services;

public static class ServiceResourceExtensions
{
    /// <summary>
    /// What every Ontwikkelagenda service has: an http endpoint (<paramref name="port"/>, or one the orchestrator
    /// chooses), the Production environment (as in Kubernetes), and healthy once <c>/health</c> answers 200.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AsOntwikkelagendaService(this IResourceBuilder<ProjectResource> project, int? port = null) => project
        .WithHttpEndpoint(port: port, name: "http")
        .WithEnvironment("ASPNETCORE_ENVIRONMENT", "Production")
        .WithEnvironment("DOTNET_ENVIRONMENT", "Production")
        .WithHttpHealthCheck("/health");
}
