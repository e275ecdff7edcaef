namespace Ontwikkelagenda.AppHost;

/// <summary>
/// Where the Aspire dashboard and its OTLP receiver listen unless the environment says otherwise. There is no
/// developer certificate here, so both are plain http on loopback; the dashboard still asks for the login token.
/// </summary>
public static class DashboardDefaults
{
    private static readonly (string Variable, string Value)[] Defaults =
    [
        ("ASPNETCORE_URLS", "http://127.0.0.1:18888"),
        ("ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL", "http://127.0.0.1:18889"),
        ("ASPIRE_ALLOW_UNSECURED_TRANSPORT", "true"),
    ];

    /// <summary>Sets each variable the environment does not set already.</summary>
    public static void Apply()
    {
        foreach (var (variable, value) in Defaults)
        {
            if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable)))
            {
                Environment.SetEnvironmentVariable(variable, value);
            }
        }
    }
}
