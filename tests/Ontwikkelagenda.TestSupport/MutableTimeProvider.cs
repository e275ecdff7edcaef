namespace Ontwikkelagenda.TestSupport;

/// <summary>A clock the test sets and moves; timers still run on real time (the base class's).</summary>
public sealed class MutableTimeProvider(DateTimeOffset now) : TimeProvider
{
    private readonly Lock gate = new();
    private DateTimeOffset current = now;

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate) return current;
    }

    public void Set(DateTimeOffset now)
    {
        lock (gate) current = now;
    }
}
