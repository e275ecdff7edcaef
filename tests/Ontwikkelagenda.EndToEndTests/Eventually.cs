namespace Ontwikkelagenda.EndToEndTests;

/// <summary>
/// Events reach the figures asynchronously: read again until the expected state shows or the deadline passes,
/// then hand back the last reading so that the caller's assertions say what was there instead.
/// </summary>
internal static class Eventually
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    public static async Task<T> Read<T>(Func<CancellationToken, Task<T>> read, Func<T, bool> done)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var deadline = DateTime.UtcNow + Deadline;
        while (true)
        {
            var value = await read(cancellationToken);
            if (done(value) || DateTime.UtcNow > deadline) return value;
            await Task.Delay(200, cancellationToken);
        }
    }
}
