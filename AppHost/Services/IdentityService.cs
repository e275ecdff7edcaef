namespace Ontwikkelagenda.AppHost.Services;

/// <summary>Identity.Api as AppHost runs it: demo accounts, plain http, its keys in the data directory, the web as its client.</summary>
public static class IdentityService
{
    public const string Name = "identity-api";

    /// <summary>Written by Identity.Api on the start that seeded the demo accounts (services/Identity.Api/README.md).</summary>
    public static string DemoAccountsFile(AppHostOptions options) => Path.Combine(options.ServerDir(Name), "demo-accounts.txt");

    public static IResourceBuilder<ServiceResource> AsDemoIdentityServer(this IResourceBuilder<ServiceResource> identity, AppHostOptions options) =>
        identity
            .WithEnvironment("Identity__Demo", "true")
            .WithEnvironment("Identity__AllowHttp", "true")
            .WithEnvironment("Identity__DataDir", options.ServerDir(Name));

    /// <summary>The web's sign-in and logout addresses, for the <c>web</c> client Identity.Api seeds.</summary>
    public static IResourceBuilder<ServiceResource> WithWebClient(this IResourceBuilder<ServiceResource> identity, IResourceBuilder<ServiceResource> web)
    {
        var http = web.GetEndpoint("http");
        return identity
            .WithEnvironment("Identity__WebRedirectUri", ReferenceExpression.Create($"{http}/signin-oidc"))
            .WithEnvironment("Identity__WebPostLogoutRedirectUri", ReferenceExpression.Create($"{http}/"));
    }

    /// <summary>
    /// A service that checks the identity service's tokens: its issuer (whose discovery names the signing keys), over
    /// plain http as AppHost runs it.
    /// </summary>
    public static IResourceBuilder<ServiceResource> TrustsTokensOf(this IResourceBuilder<ServiceResource> service, IResourceBuilder<ServiceResource> identity) =>
        service
            .WithEnvironment("Identity__Authority", identity.GetEndpoint("http"))
            .WithEnvironment("Identity__AllowHttp", "true");

    /// <summary>The demo list, printed only by the run whose Identity.Api wrote it (the first on a data directory).</summary>
    public static void PrintDemoAccountsIfNew(AppHostOptions options, DateTime runStartedUtc)
    {
        var file = DemoAccountsFile(options);
        if (File.Exists(file) && File.GetLastWriteTimeUtc(file) >= runStartedUtc)
        {
            Console.WriteLine();
            Console.WriteLine($"Demo accounts (shown once; kept in {file}):");
            Console.WriteLine(File.ReadAllText(file));
        }
    }
}
