namespace Identity.Api;

/// <summary>The settings of section <c>Identity</c> (README.md, "Settings").</summary>
public sealed class IdentiteitOptions
{
    public const string Section = "Identity";

    /// <summary>Seeds demo accounts and clients once and writes their passwords to <c>demo-accounts.txt</c>.</summary>
    public bool Demo { get; set; }

    /// <summary>Where the signing and encryption keys, the data-protection keys and the demo list are kept.</summary>
    public string DataDir { get; set; } = "identity-data";

    /// <summary>Plain http allowed (development and AppHost only; Kubernetes serves https).</summary>
    public bool AllowHttp { get; set; }

    /// <summary>
    /// The issuer every token names, whatever address it was asked at (by default the request's own URL: a service at
    /// localhost and a script at 127.0.0.1 would get tokens of two issuers).
    /// </summary>
    public Uri? Issuer { get; set; }

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(5);

    public int LockoutMaxFailures { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Login posts per minute per remote IP.</summary>
    public int LoginPostsPerMinute { get; set; } = 10;

    /// <summary>Token requests per minute per remote IP.</summary>
    public int TokenRequestsPerMinute { get; set; } = 60;

    /// <summary>The web's redirect URI after sign-in (its <c>/signin-oidc</c>); without it no <c>web</c> client is seeded.</summary>
    public Uri? WebRedirectUri { get; set; }

    /// <summary>Where the web may send the browser back to after logout.</summary>
    public Uri? WebPostLogoutRedirectUri { get; set; }

    /// <summary>The <c>web</c> client's secret; when empty the demo seed generates one and lists it.</summary>
    public string? WebClientSecret { get; set; }
}
