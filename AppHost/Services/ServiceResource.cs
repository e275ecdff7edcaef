namespace Ontwikkelagenda.AppHost.Services;

/// <summary>
/// One of our services, run from its build output: the program <c>dotnet run --no-build</c> would start, without that
/// launcher, which stays alive next to every service (about 130 MB each) and evaluates the project on every start
/// (about 2 s of CPU each on this machine, while the services start on the same two cores).
/// </summary>
public sealed class ServiceResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithServiceDiscovery;
