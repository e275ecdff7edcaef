namespace Ontwikkelagenda.Agenda.Silo.Hosting;

/// <summary>Cluster identity and endpoints of this silo, bound from the <c>Orleans</c> section.</summary>
public sealed class AgendaOrleansOptions
{
    public const string Section = "Orleans";

    public string ClusterId { get; set; } = "ontwikkelagenda";
    public string ServiceId { get; set; } = "ontwikkelagenda";
    public int SiloPort { get; set; } = 11111;
    public int GatewayPort { get; set; } = 30000;

    /// <summary>Every replica runs on this host for now, so silos advertise loopback to each other.</summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";
}
