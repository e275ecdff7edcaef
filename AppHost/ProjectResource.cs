using Ontwikkelagenda.LocalServers;

namespace Ontwikkelagenda.AppHost;

/// <summary>
/// A .NET service run as <c>dotnet &lt;dll&gt;</c> from its build output, configured through
/// environment variables the way Aspire injects them, healthy once GET /health answers 200.
/// </summary>
public sealed class ProjectResource(string name, ProjectLocation location, ResourceConsole console) : Resource(name)
{
    private static readonly TimeSpan HealthTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);

    private readonly Dictionary<string, Func<string>> environment = [];
    private int requestedPort;
    private string portAdvice = "choose another port";
    private int port;
    private ChildProcess? process;
    private bool stopping;

    public override string? Url => port == 0 ? null : $"http://127.0.0.1:{port}";

    /// <summary>The process id while it runs.</summary>
    public int? ProcessId => process is { HasExited: false } ? process.Id : null;

    /// <summary>Raised right after the process started (AppHost records the pid).</summary>
    public event Action? Started;

    /// <summary>Listens on <paramref name="httpPort"/> (0: any free port) instead of a free port.</summary>
    public ProjectResource WithHttpPort(int httpPort, string howToChoose)
    {
        requestedPort = httpPort;
        portAdvice = howToChoose;
        return this;
    }

    public ProjectResource WithEnvironment(string variable, Func<string> value)
    {
        environment[variable] = value;
        return this;
    }

    public ProjectResource WithEnvironment(string variable, string value) => WithEnvironment(variable, () => value);

    /// <summary>Injects <c>ConnectionStrings__{name}</c> and waits for its owner.</summary>
    public ProjectResource WithReference(IResourceWithConnectionString target)
    {
        AddWaitFor(target.Owner);
        return WithEnvironment($"ConnectionStrings__{target.ConnectionName}", () => target.ConnectionString);
    }

    /// <summary>Injects <c>services__{name}__http__0</c> (service discovery) and waits for it.</summary>
    public ProjectResource WithReference(ProjectResource target)
    {
        AddWaitFor(target);
        return WithEnvironment($"services__{target.Name}__http__0", () => target.Url!);
    }

    /// <summary>Starts only once all of <paramref name="others"/> are healthy.</summary>
    public ProjectResource WaitFor(params IEnumerable<Resource> others)
    {
        AddWaitFor(others);
        return this;
    }

    public override void Validate() => location.ThrowIfNotBuilt();

    public override void CheckPorts()
    {
        if (requestedPort != 0)
        {
            // Fail before any server starts; the port is taken for real when the project starts.
            FreePort.Resolve(requestedPort, portAdvice);
        }
    }

    protected override async Task StartAsync(CancellationToken cancellationToken)
    {
        port = requestedPort == 0 ? FreePort.Next() : FreePort.Resolve(requestedPort, portAdvice);
        var variables = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = Url!,
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["OTEL_SERVICE_NAME"] = Name,
        };
        foreach (var (variable, value) in environment)
        {
            variables[variable] = value();
        }

        process = ChildProcess.Start(new ChildProcessOptions
        {
            FileName = location.DotnetHost,
            Arguments = [location.Dll],
            WorkingDirectory = Path.GetDirectoryName(location.Dll),
            Environment = variables,
            Log = console.For(Name),
        });
        Started?.Invoke();
        await WaitUntilHealthyAsync(process, cancellationToken);
        console.Info($"{Name} is healthy at {Url}");
        _ = ReportUnexpectedExitAsync(process);
    }

    public override async Task StopAsync()
    {
        stopping = true;
        if (process is not null)
        {
            await process.StopAsync(StopGrace);
        }
    }

    private async Task WaitUntilHealthyAsync(ChildProcess child, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(HealthTimeout);
        while (true)
        {
            if (child.HasExited)
            {
                var exitCode = await child.WaitForExitAndOutputAsync(TimeSpan.FromSeconds(2), cancellationToken);
                throw new ResourceFailedException($"{Name} exited with code {exitCode} before it was healthy.", child.LastOutput);
            }

            try
            {
                using var response = await http.GetAsync($"{Url}/health", timeout.Token);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (OperationCanceledException) when (!timeout.IsCancellationRequested)
            {
                // One request timed out; keep polling.
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new ResourceFailedException(
                    $"{Name} did not answer 200 on {Url}/health within {HealthTimeout.TotalSeconds:0} seconds.", child.LastOutput);
            }
        }
    }

    private async Task ReportUnexpectedExitAsync(ChildProcess child)
    {
        var exitCode = await child.Exited;
        if (!stopping)
        {
            console.Error($"{Name} exited unexpectedly with code {exitCode}; the other resources keep running.");
        }
    }
}
