namespace Ontwikkelagenda.AppHost;

/// <summary>A database of a <see cref="PostgresResource"/>.</summary>
public sealed class PostgresDatabase(string name, PostgresResource server, Func<string> connectionString)
    : IResourceWithConnectionString
{
    public string ConnectionName { get; } = name;

    public string ConnectionString => connectionString();

    public Resource Owner => server;
}
