using Aspire.Hosting.Orleans;

namespace Ontwikkelagenda.AppHost.Services;

/// <summary>
/// Orleans cluster membership in Redis, given to silos and clients as <c>ConnectionStrings__redis</c>, which
/// the silo and Agenda.Api read as they do in Kubernetes. (Aspire's default, <c>WithClustering(redis)</c>,
/// names a keyed connection instead, which would make the services depend on Aspire's Redis client.)
/// </summary>
public sealed class RedisClusteringThroughConnectionString(IResourceBuilder<IResourceWithConnectionString> redis) : IProviderConfiguration
{
    public void ConfigureResource<T>(IResourceBuilder<T> resourceBuilder, string configSectionPath)
        where T : IResourceWithEnvironment => resourceBuilder.WithReference(redis);
}
