using System.Net;
using Agenda.Contracts.Serialisatie;
using Orleans.Configuration;
using StackExchange.Redis;

namespace Agenda.Silo.Hosting;

public static class OrleansExtensions
{
    /// <summary>
    /// An Orleans silo in the cluster that Redis keeps the membership of (both replicas and the API's client).
    /// Orleans binds <c>Orleans:ClusterId</c>, <c>Orleans:ServiceId</c> and <c>Orleans:Endpoints:SiloPort|GatewayPort</c>
    /// itself, the names Aspire's Orleans integration injects.
    /// </summary>
    public static TBuilder AddAgendaOrleans<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var redis = builder.Configuration.Required(ConnectionNames.Redis);
        // Every replica runs on this host for now, so silos advertise loopback to each other; Kubernetes sets the pod's address.
        var advertisedAddress = IPAddress.Parse(builder.Configuration["Orleans:AdvertisedAddress"] ?? "127.0.0.1");

        builder.UseOrleans(silo =>
        {
            silo.UseRedisClustering(clustering => clustering.ConfigurationOptions = ConfigurationOptions.Parse(redis));
            silo.Configure<EndpointOptions>(endpoints => endpoints.AdvertisedIPAddress = advertisedAddress);
            silo.Services.AddContractsJson();
        });
        return builder;
    }
}
