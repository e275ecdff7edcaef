using Agenda.Api.Live;
using Agenda.Api.Orleans;
using Agenda.Contracts.Serialisatie;
using Microsoft.AspNetCore.OpenApi;
using Ontwikkelagenda.Contracts.Kpis;
using Ontwikkelagenda.ServiceDefaults.NlApi;
using Orleans.Runtime;
using StackExchange.Redis;

namespace Agenda.Api;

public static class Extensions
{
    public static IHostApplicationBuilder AddAgendaServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);

        var redis = builder.Configuration.GetConnectionString("redis")
            ?? throw new InvalidOperationException("ConnectionStrings:redis ontbreekt.");
        // Orleans binds Orleans:ClusterId and Orleans:ServiceId itself (the names Aspire's Orleans integration injects).
        builder.UseOrleansClient(client =>
        {
            client.UseRedisClustering(options => options.ConfigurationOptions = ConfigurationOptions.Parse(redis));
            client.UseConnectionRetryFilter<ClusterConnectionRetry>();
            client.Services.AddContractsJson();
        });

        // A silo that is down or unreachable is a 503 (retry later), not a bug.
        builder.Services.Configure<NlApiOptions>(options => options.UnavailableWhen.Add(exception => exception is OrleansException));
        builder.Services.Configure<OpenApiOptions>("v1", options =>
        {
            options.AddOperationTransformer<DateParameterTransformer>();
        });
        // Live: the silo's changes, passed on as a stream and clearing the cached answers they concern.
        builder.Services.AddSingleton<AntwoordCache>();
        builder.Services.AddSingleton<WijzigingenOmroep>();
        builder.Services.AddHostedService<WijzigingenAbonnement>();
        builder.Services.AddHealthChecks().AddCheck<OrleansClusterHealthCheck>("orleans", tags: ["ready"]);
        return builder;
    }
}
