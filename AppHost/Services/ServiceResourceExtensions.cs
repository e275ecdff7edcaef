using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Ontwikkelagenda.AppHost.Servers;

namespace Ontwikkelagenda.AppHost.Services;

public static class ServiceResourceExtensions
{
    /// <summary>
    /// Service <typeparamref name="TProject"/> as a <see cref="ServiceResource"/>, with what <c>AddProject</c> gives a
    /// project (its folder as working directory and content root, telemetry to the dashboard, ASPNETCORE_URLS) and what
    /// every Ontwikkelagenda service has: an http endpoint (<paramref name="port"/>, or one the orchestrator chooses),
    /// the Production environment (as in Kubernetes), and healthy once <c>/health</c> answers 200.
    /// </summary>
    public static IResourceBuilder<ServiceResource> AddService<TProject>(this IDistributedApplicationBuilder builder, string name, int? port = null)
        where TProject : IProjectMetadata, new()
    {
        var projectPath = new TProject().ProjectPath;
        var service = builder.AddResource(new ServiceResource(name, BuiltProgram(name, projectPath), Path.GetDirectoryName(projectPath)!))
            .WithDirectEndpoint("http", "http", port);
        var http = service.Resource.GetEndpoint("http");
        return service
            .WithEnvironment("ASPNETCORE_URLS", ReferenceExpression.Create($"http://localhost:{http.Property(EndpointProperty.TargetPort)}"))
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", "Production")
            .WithEnvironment("DOTNET_ENVIRONMENT", "Production")
            // The runtime AppHost runs on, as dotnet run tells the programs it starts.
            .WithEnvironment("DOTNET_ROOT", Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..")))
            // As AddProject: colours and the simple format in the console logs, OTLP export with retries.
            .WithEnvironment("DOTNET_SYSTEM_CONSOLE_ALLOW_ANSI_COLOR_REDIRECTION", "true")
            .WithEnvironment("LOGGING__CONSOLE__FORMATTERNAME", "simple")
            .WithEnvironment("OTEL_DOTNET_EXPERIMENTAL_OTLP_RETRY", "in_memory")
            .WithOtlpExporter()
            .WithProbe(cancellationToken => HttpProbe.AnswersAsync($"{http.Url}/health", "Healthy", cancellationToken),
                "/health does not answer 200 yet.");
    }

    /// <summary>bin/&lt;configuration&gt;/&lt;framework&gt;/&lt;name&gt; of the project, built with AppHost in its configuration.</summary>
    private static string BuiltProgram(string resourceName, string projectPath)
    {
        var appHost = typeof(ServiceResourceExtensions).Assembly;
        var configuration = appHost.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var framework = new FrameworkName(appHost.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName).Version;
        var program = Path.Combine(Path.GetDirectoryName(projectPath)!, "bin", configuration, $"net{framework.Major}.{framework.Minor}",
            Path.GetFileNameWithoutExtension(projectPath));
        return File.Exists(program)
            ? program
            : throw new AppHostException($"{resourceName} is not built ({program} is missing): build the solution first, as ./run.sh does.");
    }
}
