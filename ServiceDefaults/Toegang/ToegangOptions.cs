namespace Ontwikkelagenda.ServiceDefaults.Toegang;

/// <summary>Where the tokens come from: section <c>Identity</c>, set by AppHost (or the deployment) for every API.</summary>
public sealed class ToegangOptions
{
    public const string SectionName = "Identity";

    /// <summary>The identity service's URL: the tokens' issuer, whose discovery document names the signing keys.</summary>
    public string Authority { get; set; } = "";

    /// <summary>Discovery over plain http; only AppHost on one machine sets it, as it does for the identity service.</summary>
    public bool AllowHttp { get; set; }
}
