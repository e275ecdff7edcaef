namespace Ontwikkelagenda.AppHost.Servers;

/// <summary>
/// The Erlang port mapper RabbitMQ registers its node with. Run as a resource of its own because
/// RabbitMQ would otherwise start one that outlives it.
/// </summary>
public sealed class EpmdResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory)
{
    internal const string EndpointName = "tcp";

    public EndpointReference Endpoint => new(this, EndpointName);
}
