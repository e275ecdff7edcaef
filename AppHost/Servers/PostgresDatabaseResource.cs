namespace Ontwikkelagenda.AppHost.Servers;

/// <summary>A database of <see cref="PostgresResource"/>, referenced as <c>ConnectionStrings__{name}</c>; running once it exists.</summary>
public sealed class PostgresDatabaseResource(string name, PostgresResource parent)
    : Resource(name), IResourceWithParent<PostgresResource>, IResourceWithConnectionString
{
    public PostgresResource Parent { get; } = parent;

    public ReferenceExpression ConnectionStringExpression => Parent.DatabaseConnectionString(Name);
}
