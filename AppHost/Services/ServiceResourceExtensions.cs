using Ontwikkelagenda.AppHost.Servers;

namespace Ontwikkelagenda.AppHost.Services;

public static class ServiceResourceExtensions
{
    /// <summary>
    /// What every Ontwikkelagenda service has: an http endpoint (<paramref name="port"/>, or one the orchestrator
    /// chooses), the Production environment (as in Kubernetes), and healthy once <c>/health</c> answers 200.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AsOntwikkelagendaService(this IResourceBuilder<ProjectResource> project, int? port = null)
    {
        var http = project.WithHttpEndpoint(port: port, name: "http").Resource.GetEndpoint("http");
        return project
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", "Production")
            .WithEnvironment("DOTNET_ENVIRONMENT", "Production")
            .WithProbe(cancellationToken => HttpProbe.AnswersAsync($"{http.Url}/health", "Healthy", cancellationToken),
                "/health does not answer 200 yet.");
    }
}
