namespace Ontwikkelagenda.IntegrationTests;

/// <summary>Waits for an asynchronous outcome (a message crossing the broker), failing with the last value seen.</summary>
public static class Eventually
{
    public static async Task<T> Equal<T>(T expected, Func<Task<T>> read, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var actual = await read();
            if (EqualityComparer<T>.Default.Equals(actual, expected) || DateTime.UtcNow > deadline)
            {
                Assert.Equal(expected, actual);
                return actual;
            }
            await Task.Delay(100);
        }
    }
}
