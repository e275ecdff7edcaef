namespace Ontwikkelagenda.ServiceDefaults.NlApi;

/// <summary>
/// What an API tells about itself under the NL API Design Rules: its title, full version (sent as the
/// <c>API-Version</c> header) and the contact the linter requires. Bound from the <c>NlApi</c> section.
/// </summary>
public sealed class NlApiOptions
{
    public const string SectionName = "NlApi";

    public string Title { get; set; } = "Ontwikkelagenda API";

    public string? Description { get; set; }

    /// <summary>Full semantic version; the major part is the <c>/v1</c> in the path.</summary>
    public string Version { get; set; } = "1.0.0";

    public string ContactName { get; set; } = "Ontwikkelagenda regio 22.01";

    public string ContactEmail { get; set; } = "beheer@ontwikkelagenda.example";

    public string ContactUrl { get; set; } = "https://ontwikkelagenda.example";

    /// <summary>
    /// Exceptions that mean a dependency is down rather than a bug: answered 503 so clients retry
    /// (an API adds its own, e.g. the Orleans cluster being unreachable). Not bound from configuration.
    /// </summary>
    public List<Func<Exception, bool>> UnavailableWhen { get; } = [exception => exception is TimeoutException];

    /// <summary>The major-version prefix every resource path starts with.</summary>
    public string BasePath => "/v" + Version.Split('.')[0];
}
