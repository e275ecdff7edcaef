using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Ontwikkelagenda.ServiceDefaults.Security;

namespace Ontwikkelagenda.ServiceDefaults.NlApi;

/// <summary>
/// The NL API Design Rules conventions both HTTP APIs share: problem+json for every error (no stack
/// traces), the <c>API-Version</c> header on every response, and the OpenAPI document at
/// <c>/v1/openapi.json</c> that passes the ADR linter.
/// </summary>
public static class NlApiExtensions
{
    public static TBuilder AddNlApiConventions<TBuilder>(this TBuilder builder, string title, string? description = null)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddOptions<NlApiOptions>()
            .Configure(options =>
            {
                options.Title = title;
                options.Description = description;
            })
            .Bind(builder.Configuration.GetSection(NlApiOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Title), "NlApi:Title mag niet leeg zijn.")
            .Validate(o => IsSemanticVersion(o.Version), "NlApi:Version moet een volledige versie zijn, zoals 1.0.0.")
            .Validate(o => o.ContactEmail.Contains('@', StringComparison.Ordinal), "NlApi:ContactEmail moet een e-mailadres zijn.")
            .Validate(o => Uri.TryCreate(o.ContactUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https",
                "NlApi:ContactUrl moet een absolute http(s)-URL zijn.")
            .ValidateOnStart();

        builder.AddConfiguredCors();
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = NlProblemDetails.Customize);
        builder.Services.AddExceptionHandler<NlExceptionHandler>();

        var basePath = new NlApiOptions().BasePath;
        builder.Services.AddOpenApi(basePath.TrimStart('/'), options =>
        {
            // Only the versioned resources; health and metrics are for operators, not API users.
            options.ShouldInclude = api => api.RelativePath?.StartsWith(basePath.TrimStart('/') + "/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer<NlDocumentTransformer>();
            options.AddDocumentTransformer<TokenOpenApiTransformer>();
            // Before the NL transformer, so the 401 and 403 it adds get problem+json like every error.
            options.AddOperationTransformer<TokenOpenApiTransformer>();
            options.AddOperationTransformer<NlOperationTransformer>();
        });
        return builder;
    }

    /// <summary>Security headers, CORS, error handling and the version header; call first so they wrap everything after them.</summary>
    public static WebApplication UseNlApiConventions(this WebApplication app)
    {
        app.UseSecurityHeaders(SecurityHeaders.ApiContentSecurityPolicy);
        app.UseCors();
        var version = app.Services.GetRequiredService<IOptions<NlApiOptions>>().Value.Version;
        app.Use((context, next) =>
        {
            // OnStarting: the exception handler clears headers set earlier.
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[ApiVersionHeader.Name] = version;
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    /// <summary>Serves the OpenAPI document at <c>/v1/openapi.json</c>.</summary>
    public static WebApplication MapNlOpenApi(this WebApplication app)
    {
        var basePath = app.Services.GetRequiredService<IOptions<NlApiOptions>>().Value.BasePath;
        // The contract is public, as the NL API Design Rules ask.
        app.MapOpenApi(basePath + "/openapi.json").AllowAnonymous();
        return app;
    }

    internal static string? DutchTitle(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Ongeldig verzoek",
        StatusCodes.Status401Unauthorized => "Niet geauthenticeerd",
        StatusCodes.Status403Forbidden => "Geen toegang",
        StatusCodes.Status404NotFound => "Niet gevonden",
        StatusCodes.Status405MethodNotAllowed => "Methode niet toegestaan",
        StatusCodes.Status406NotAcceptable => "Formaat niet beschikbaar",
        StatusCodes.Status409Conflict => "Conflict",
        StatusCodes.Status413PayloadTooLarge => "Verzoek te groot",
        StatusCodes.Status415UnsupportedMediaType => "Mediatype niet ondersteund",
        StatusCodes.Status500InternalServerError => "Interne fout",
        StatusCodes.Status503ServiceUnavailable => "Tijdelijk niet beschikbaar",
        _ => ReasonPhrases.GetReasonPhrase(status),
    };

    /// <summary>major.minor.patch, optionally with a pre-release or build suffix (1.0.0, 1.2.0-beta).</summary>
    private static bool IsSemanticVersion(string version) =>
        Version.TryParse(version.Split('-', '+')[0], out var parsed) && parsed.Build >= 0 && parsed.Revision < 0;
}
