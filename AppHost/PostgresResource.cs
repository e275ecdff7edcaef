using Ontwikkelagenda.LocalServers;

namespace Ontwikkelagenda.AppHost;

/// <summary>PostgreSQL; its databases are created when it starts.</summary>
public sealed class PostgresResource(string name, string dataDir, ResourceConsole console)
    : ServerResource<PostgresServer>(name, console)
{
    private readonly List<PostgresDatabase> databases = [];

    /// <summary>A database referenced as <c>ConnectionStrings__{databaseName}</c>, like Aspire's AddDatabase.</summary>
    public PostgresDatabase AddDatabase(string databaseName)
    {
        var database = new PostgresDatabase(databaseName, this, () => Server!.ConnectionString(databaseName));
        databases.Add(database);
        return database;
    }

    protected override PostgresServer Create(Action<string> log) => new(dataDir, 0, log);

    protected override async Task OnStartedAsync(PostgresServer server, CancellationToken cancellationToken)
    {
        foreach (var database in databases)
        {
            await server.EnsureDatabaseAsync(database.ConnectionName, cancellationToken);
        }
    }
}
