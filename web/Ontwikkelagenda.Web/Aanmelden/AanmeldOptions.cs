namespace Ontwikkelagenda.Web.Aanmelden;

/// <summary>How the web signs in at the identity service: section <c>Identity</c>, set by AppHost (or the deployment).</summary>
public sealed class AanmeldOptions
{
    public const string SectionName = "Identity";

    /// <summary>The identity service's URL (its issuer); the browser signs in there.</summary>
    public string Authority { get; set; } = "";

    /// <summary>Plain http to the identity service and for the sign-in cookies; only AppHost on one machine sets it.</summary>
    public bool AllowHttp { get; set; }

    public string ClientId { get; set; } = "web";

    /// <summary>The <c>web</c> client's secret (Identity.Api's <c>Identity:WebClientSecret</c>).</summary>
    public string ClientSecret { get; set; } = "";
}
