using System.Security.Cryptography;

namespace Ontwikkelagenda.AppHost.Services;

/// <summary>Identity.Api as AppHost runs it: demo accounts, plain http, its keys in the data directory, the web as its client.</summary>
public static class IdentityService
{
    public const string Name = "identity-api";

    /// <summary>Written by Identity.Api on the start that seeded the demo accounts (services/Identity.Api/README.md).</summary>
    public static string DemoAccountsFile(AppHostOptions options) => Path.Combine(options.ServerDir(Name), Identity.Client.DemoAccounts.FileName);

    /// <summary>The secret the web and Identity.Api share for the <c>web</c> client: made once, kept (mode 600) with the identity data.</summary>
    public static string WebClientSecretFile(AppHostOptions options) => Path.Combine(options.ServerDir(Name), "web-client-secret");

    public static IResourceBuilder<ServiceResource> AsDemoIdentityServer(this IResourceBuilder<ServiceResource> identity, AppHostOptions options) =>
        identity
            .WithEnvironment("Identity__Demo", "true")
            .WithEnvironment("Identity__AllowHttp", "true")
            .WithEnvironment("Identity__Issuer", Authority(identity))
            .WithEnvironment("Identity__DataDir", options.ServerDir(Name));

    /// <summary>
    /// A service that trusts Identity.Api's tokens (an API) or signs in through it (the web): its URL as the authority,
    /// over plain http as everything AppHost runs on one machine.
    /// </summary>
    public static IResourceBuilder<ServiceResource> TrustsTokensOf(this IResourceBuilder<ServiceResource> service, IResourceBuilder<ServiceResource> identity) =>
        service
            .WithEnvironment("Identity__Authority", Authority(identity))
            .WithEnvironment("Identity__AllowHttp", "true");

    /// <summary>
    /// Identity.Api's own URL as the orchestrator gives it, and the issuer of its every token: a script that asks at
    /// 127.0.0.1 (the address AppHost prints) gets tokens the services trust too.
    /// </summary>
    private static ReferenceExpression Authority(IResourceBuilder<ServiceResource> identity) =>
        ReferenceExpression.Create($"{identity.GetEndpoint("http")}/");

    /// <summary>
    /// The web as Identity.Api's <c>web</c> client: its sign-in and signed-out callbacks (the OpenID Connect handler's
    /// <c>/signin-oidc</c> and <c>/signout-callback-oidc</c>) and the secret both sides are given.
    /// </summary>
    public static IResourceBuilder<ServiceResource> WithWebClient(this IResourceBuilder<ServiceResource> identity, IResourceBuilder<ServiceResource> web, AppHostOptions options)
    {
        // The address AppHost prints for the web (EndpointRows): a browser that opened it comes back to the same host.
        var port = web.GetEndpoint("http").Property(EndpointProperty.Port);
        var secret = WebClientSecret(options);
        web.TrustsTokensOf(identity).WithEnvironment("Identity__ClientSecret", secret);
        return identity
            .WithEnvironment("Identity__WebRedirectUri", ReferenceExpression.Create($"http://127.0.0.1:{port}/signin-oidc"))
            .WithEnvironment("Identity__WebPostLogoutRedirectUri", ReferenceExpression.Create($"http://127.0.0.1:{port}/signout-callback-oidc"))
            .WithEnvironment("Identity__WebClientSecret", secret);
    }

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

    private static string WebClientSecret(AppHostOptions options)
    {
        var file = WebClientSecretFile(options);
        if (File.Exists(file))
        {
            return File.ReadAllText(file).Trim();
        }

        Directory.CreateDirectory(options.ServerDir(Name));
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(file, create))
        {
            writer.Write(secret);
        }
        return secret;
    }
}
