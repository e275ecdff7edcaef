namespace Ontwikkelagenda.Web.Tests;

/// <summary>A clock standing still at one moment.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset utcNow) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => utcNow;
}
