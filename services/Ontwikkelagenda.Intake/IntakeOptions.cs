namespace Ontwikkelagenda.Intake;

/// <summary>Publishing settings, bound from the <c>Intake</c> section.</summary>
public sealed class IntakeOptions
{
    public const string SectionName = "Intake";

    /// <summary>How long a request waits for the broker's confirm before it answers 503 (the outbox keeps the event).</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the dispatcher looks for events that were stored but not yet confirmed.</summary>
    public TimeSpan DispatchInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>The dispatcher leaves younger rows to the request that may still be publishing them (longer than <see cref="PublishTimeout"/>).</summary>
    public TimeSpan DispatchGrace { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// POSTs per remote IP per minute before 429. High on purpose: it stops a flood, not a busy user. The bench sends
    /// about 11,000 a minute from one address, a CSV upload 1,000 rows in a burst; 60,000 (1,000 a second) leaves room.
    /// </summary>
    public int PostsPerMinuutPerAdres { get; set; } = 60_000;
}
