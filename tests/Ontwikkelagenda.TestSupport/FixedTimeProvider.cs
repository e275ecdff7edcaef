namespace Ontwikkelagenda.TestSupport;

/// <summary>A clock that stands still, so "today" (Europe/Amsterdam) is what the test says.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
