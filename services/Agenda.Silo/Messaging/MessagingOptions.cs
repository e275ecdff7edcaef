namespace Agenda.Silo.Messaging;

/// <summary>The silo's receive endpoint, bound from the <c>Messaging</c> section.</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>Durable queue shared by every silo replica: competing consumers. The name stays (dashboards and alerts use it).</summary>
    public string Wachtrij { get; set; } = "agenda-thuiszitters";

    /// <summary>
    /// Retry intervals in milliseconds before a message goes to the <c>_error</c> queue. They span
    /// about two minutes: a stored event whose grains could not be reached (a silo restarting), or an
    /// end that overtook the event creating its entity, is handled by a retry.
    /// </summary>
    public static readonly int[] StandaardRetryIntervallenMs = [200, 1000, 5000, 15000, 30000, 60000];

    public int PrefetchCount { get; set; } = 16;
}
