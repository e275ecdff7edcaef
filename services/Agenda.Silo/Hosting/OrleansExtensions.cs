using System.Net;
using Orleans.Configuration;
using StackExchange.Redis;

namespace Ontwikkelagenda.Agenda.Silo.Hosting;

public static class OrleansExtensions
{
    /// <summary>An Orleans silo in the cluster that Redis keeps the membership of (both replicas and the API's client).</summary>
    public static TBuilder AddAgendaOrleans<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var options = builder.Configuration.GetSection(AgendaOrleansOptions.Section).Get<AgendaOrleansOptions>() ?? new();
        var redis = builder.Configuration.Required(ConnectionNames.Redis);

        builder.UseOrleans(silo =>
        {
            silo.UseRedisClustering(clustering => clustering.ConfigurationOptions = ConfigurationOptions.Parse(redis));
            silo.Configure<ClusterOptions>(cluster =>
            {
                cluster.ClusterId = options.ClusterId;
                cluster.ServiceId = options.ServiceId;
            });
            silo.ConfigureEndpoints(IPAddress.Parse(options.AdvertisedAddress), options.SiloPort, options.GatewayPort);
        });
        return builder;
    }
}
