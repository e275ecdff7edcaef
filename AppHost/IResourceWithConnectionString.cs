namespace Ontwikkelagenda.AppHost;

/// <summary>Something a project references as <c>ConnectionStrings__{ConnectionName}</c>, as in Aspire.</summary>
public interface IResourceWithConnectionString
{
    /// <summary>The name under ConnectionStrings.</summary>
    string ConnectionName { get; }

    /// <summary>Available once <see cref="Owner"/> is healthy.</summary>
    string ConnectionString { get; }

    /// <summary>The resource that must be healthy first.</summary>
    Resource Owner { get; }
}
