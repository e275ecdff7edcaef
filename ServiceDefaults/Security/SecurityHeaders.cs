using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Ontwikkelagenda.ServiceDefaults.Security;

/// <summary>
/// The response headers the NL API Design Rules' transport-security module asks for, on every answer: no MIME sniffing,
/// no framing, no referrer, no caching of data unless an endpoint chose its own caching, and HSTS only over HTTPS
/// (over plain HTTP the browser ignores it, and inside the cluster the services speak HTTP).
/// </summary>
public static class SecurityHeaders
{
    /// <summary>For the APIs: they never serve a page, so nothing may load, frame or run from their answers.</summary>
    public const string ApiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>
    /// For the Blazor Server web: scripts and styles only from the site itself (blazor.web.js, MudBlazor), the circuit's
    /// websocket to the same host; MudBlazor and Blazor set inline styles, so styles allow 'unsafe-inline'.
    /// No inline script at all: the web leaves out Blazor's inline import map (its one module loads by its plain path).
    /// Forms post only to the site itself, but the sign-out form's answer redirects to the identity service, and browsers
    /// hold a form's redirects to form-action too: so <paramref name="identityService"/> is allowed there as well.
    /// </summary>
    public static string WebContentSecurityPolicy(Uri? identityService) =>
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + $"connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'{(identityService is null ? "" : " " + identityService.GetLeftPart(UriPartial.Authority))}; object-src 'none'";

    /// <summary>
    /// For the identity service's own pages (login, logout): nothing loads but their inline style, and nothing frames them
    /// (clickjacking a login). No form-action: the login form's answer redirects to whichever registered client asked.
    /// </summary>
    public const string IdentityContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'";

    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    /// <summary>Adds the headers to every answer of this app; call first so error pages get them too.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, string contentSecurityPolicy) =>
        app.Use((context, next) =>
        {
            // OnStarting: the exception handler clears headers set earlier, and an endpoint's own Cache-Control is known only then.
            context.Response.OnStarting(() =>
            {
                Add(context, contentSecurityPolicy);
                return Task.CompletedTask;
            });
            return next(context);
        });

    private static void Add(HttpContext context, string contentSecurityPolicy)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers.ContentSecurityPolicy = contentSecurityPolicy;
        headers["Referrer-Policy"] = "no-referrer";
        // An endpoint that sets its own caching (static assets, an ETag) keeps it; everything else may hold personal data.
        if (string.IsNullOrEmpty(headers.CacheControl)) headers.CacheControl = "no-store";
        if (context.Request.IsHttps) headers.StrictTransportSecurity = StrictTransportSecurity;
    }
}
