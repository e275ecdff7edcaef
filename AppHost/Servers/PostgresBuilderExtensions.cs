using Microsoft.Extensions.Logging;
using Ontwikkelagenda.LocalServers;

namespace Ontwikkelagenda.AppHost.Servers;

public static class PostgresBuilderExtensions
{
    /// <summary>
    /// PostgreSQL from Debian's package, run as the postgres user when AppHost runs as root (initdb and
    /// postgres refuse root). initdb runs before the first start; healthy once it answers <c>SELECT 1</c>.
    /// </summary>
    public static IResourceBuilder<PostgresResource> AddLocalPostgres(this IDistributedApplicationBuilder builder, string name, string dataDir)
    {
        var (_, postgresBinary) = PostgresServer.FindBinaries();
        var (command, prefix) = PostgresServer.User.Wrap(postgresBinary, []);
        var postgres = new PostgresResource(name, command, dataDir);

        return builder.AddResource(postgres)
            .WithDirectEndpoint(PostgresResource.EndpointName, "tcp")
            .WithArgsFromPorts(prefix, [postgres.Endpoint], ports => PostgresServer.Arguments(dataDir, ports[0]))
            .WithProbe(async cancellationToken => await PostgresServer.IsHealthyAsync(
                await postgres.ConnectionStringExpression.GetValueAsync(cancellationToken) ?? "", cancellationToken),
                "PostgreSQL does not answer SELECT 1 yet.")
            .OnBeforeResourceStarted((resource, e, cancellationToken) =>
            {
                var log = e.Services.GetRequiredService<ResourceLoggerService>().GetLogger(resource);
                return PostgresServer.InitializeDataDirAsync(dataDir, line => log.LogInformation("{Line}", line), cancellationToken);
            })
            .OnResourceReady(async (resource, e, cancellationToken) =>
            {
                var notifications = e.Services.GetRequiredService<ResourceNotificationService>();
                var serverConnectionString = await resource.ConnectionStringExpression.GetValueAsync(cancellationToken) ?? "";
                foreach (var database in resource.Databases)
                {
                    await PostgresServer.EnsureDatabaseAsync(serverConnectionString, database.Name, cancellationToken);
                    await notifications.PublishUpdateAsync(database, state => state with { State = KnownResourceStates.Running });
                }
            });
    }

    /// <summary>A database created once the server is healthy; a service that waits for it starts after that.</summary>
    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(this IResourceBuilder<PostgresResource> postgres, string name)
    {
        var database = new PostgresDatabaseResource(name, postgres.Resource);
        postgres.Resource.Databases.Add(database);
        return postgres.ApplicationBuilder.AddResource(database)
            .WithParentRelationship(postgres)
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "Database",
                State = KnownResourceStates.Waiting,
                Properties = [],
            });
    }
}
