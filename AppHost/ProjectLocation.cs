using System.Reflection;

namespace Ontwikkelagenda.AppHost;

/// <summary>Where a service's built dll is: <c>&lt;repo&gt;/&lt;dir&gt;/bin/&lt;Configuration&gt;/net10.0/&lt;Assembly&gt;.dll</c>.</summary>
public sealed class ProjectLocation(string repoRoot, string projectDir, string assemblyName)
{
    /// <summary>The configuration AppHost itself was built with; the services are run from the same one.</summary>
    public static string Configuration { get; } =
        typeof(ProjectLocation).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "Configuration")?.Value ?? "Debug";

    /// <summary>The dotnet host running AppHost, so the services run on the same runtime.</summary>
    public string DotnetHost { get; } =
        Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";

    public string Dll { get; } = Path.Combine(repoRoot, projectDir, "bin", Configuration, "net10.0", assemblyName + ".dll");

    public void ThrowIfNotBuilt()
    {
        if (!File.Exists(Dll))
        {
            throw new AppHostException($"{assemblyName} is not built: run ./run.sh or dotnet build Ontwikkelagenda.sln.");
        }
    }
}
