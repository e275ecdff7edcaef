using Agenda.Api.Client;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using MudBlazor.Services;
using Ontwikkelagenda.Web.Formatting;
using Refit;
using Ontwikkelagenda.Web.Common;
using Ontwikkelagenda.Web.Common.Live;
using Ontwikkelagenda.Web.Live;
using Ontwikkelagenda.Web.Aanmelden;
using Ontwikkelagenda.Web.Common.Toegang;

namespace Ontwikkelagenda.Web;

/// <summary>Service registration and pipeline pieces of the web front end.</summary>
public static class Extensions
{
    public static WebApplicationBuilder AddWebComponents(this WebApplicationBuilder builder)
    {
        // Serve MudBlazor's files from its package also when the launcher runs the built dll
        // outside Development; a published app has no such manifest and this is a no-op there.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddTransient<MudBlazor.MudLocalizer, Localization.DutchMudLocalizer>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AmsterdamClock>();
        return builder;
    }

    public static IHostApplicationBuilder AddAgendaApiClient(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AgendaApiOptions>().BindConfiguration(AgendaApiOptions.SectionName)
            .Validate(o => o.BaseAddress.IsAbsoluteUri && o.BaseAddress.Scheme is "http" or "https", "AgendaApi:BaseAddress moet een absolute http(s)-URL zijn.")
            .ValidateOnStart();

        // RemoveAllResilienceHandlers is marked experimental; it is the documented way to replace
        // the handler that ServiceDefaults puts on every client.
#pragma warning disable EXTEXP0001
        // Refit 16 builds requests with the code its generator wrote into Agenda.Api.Client; the
        // reflection builder (AddRefitClient) needs Refit.Reflection, which the registry lacks.
        // Every call goes with the signed-in user's token (GebruikersClients).
        var agenda = builder.Services.AddRefitGeneratedClient<IAgendaApi>()
            .ConfigureHttpClient((services, client) =>
                client.BaseAddress = services.GetRequiredService<IOptions<AgendaApiOptions>>().Value.BaseAddress)
            .MetTokenVanGebruiker<IAgendaApi>();
        // The page reads again on the next change: long retries would only delay the
        // "not reachable" message, so this client fails fast instead of the default's ~30 s.
        agenda.RemoveAllResilienceHandlers().AddStandardResilienceHandler(ConfigureFastFailure);

        // The one open stream of changes every page follows: no timeout, no retries (it reconnects by itself). It is
        // no user's call, so it goes with the web's own token.
        builder.Services.AddHttpClient(WijzigingenVerbinding.ClientName, (services, client) =>
            {
                client.BaseAddress = services.GetRequiredService<IOptions<AgendaApiOptions>>().Value.BaseAddress;
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .RemoveAllResilienceHandlers()
            .AddHttpMessageHandler<WebTokenHandler>();
#pragma warning restore EXTEXP0001
        builder.Services.AddSingleton<Wijzigingsstroom>();
        builder.Services.AddHostedService<WijzigingenVerbinding>();
        return builder;
    }

    /// <summary>Every circuit formats in Dutch, whatever the browser asks for.</summary>
    public static WebApplication UseDutchCulture(this WebApplication app)
    {
        var culture = DutchFormat.Culture.Name;
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(culture),
            SupportedCultures = [DutchFormat.Culture],
            SupportedUICultures = [DutchFormat.Culture],
        });
        return app;
    }

    private static void ConfigureFastFailure(HttpStandardResilienceOptions options)
    {
        options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(2);
        options.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(4);
        options.Retry.MaxRetryAttempts = 1;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(10);
    }
}
