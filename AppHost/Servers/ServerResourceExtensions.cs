namespace Ontwikkelagenda.AppHost.Servers;

/// <summary>What every server resource needs: a command line and environment built from ports known only at launch.</summary>
public static class ServerResourceExtensions
{
    /// <summary>
    /// Adds the arguments <paramref name="arguments"/> makes from the target ports of <paramref name="endpoints"/>
    /// (the orchestrator fills them in at launch), after <paramref name="prefix"/> (e.g. setpriv's).
    /// </summary>
    public static IResourceBuilder<T> WithArgsFromPorts<T>(
        this IResourceBuilder<T> builder, IReadOnlyList<string> prefix, IReadOnlyList<EndpointReference> endpoints,
        Func<IReadOnlyList<string>, IEnumerable<string>> arguments)
        where T : IResourceWithArgs => builder.WithArgs(async context =>
        {
            var ports = await TargetPortsAsync(endpoints, context.CancellationToken);
            foreach (var argument in prefix.Concat(arguments(ports)))
            {
                context.Args.Add(argument);
            }
        });

    /// <summary>Adds the variables <paramref name="environment"/> makes from the target ports of <paramref name="endpoints"/>.</summary>
    public static IResourceBuilder<T> WithEnvironmentFromPorts<T>(
        this IResourceBuilder<T> builder, IReadOnlyList<EndpointReference> endpoints,
        Func<IReadOnlyList<string>, IReadOnlyDictionary<string, string>> environment)
        where T : IResourceWithEnvironment => builder.WithEnvironment(async context =>
        {
            var ports = await TargetPortsAsync(endpoints, context.CancellationToken);
            foreach (var (name, value) in environment(ports))
            {
                context.EnvironmentVariables[name] = value;
            }
        });

    private static async Task<IReadOnlyList<string>> TargetPortsAsync(IEnumerable<EndpointReference> endpoints, CancellationToken cancellationToken)
    {
        var ports = new List<string>();
        foreach (var endpoint in endpoints)
        {
            ports.Add(await endpoint.Property(EndpointProperty.TargetPort).GetValueAsync(cancellationToken) ?? "");
        }

        return ports;
    }
}
