namespace Ontwikkelagenda.AppHost;

/// <summary>
/// Something AppHost starts: a server or a project. It starts only once everything it waits for
/// is healthy, as Aspire's WaitFor does.
/// </summary>
public abstract class Resource(string name)
{
    private readonly TaskCompletionSource healthy = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<Resource> waitsFor = [];

    public string Name { get; } = name;

    /// <summary>Completes when the resource is healthy; fails when it could not start.</summary>
    public Task Healthy => healthy.Task;

    /// <summary>What to show in the table and in endpoints.json; null before it started.</summary>
    public abstract string? Url { get; }

    /// <summary>Rows for the table and endpoints.json: this resource's URL, plus any extra ones.</summary>
    public virtual IEnumerable<(string Name, string Url)> Endpoints => Url is null ? [] : [(Name, Url)];

    public IReadOnlyList<Resource> WaitsFor => waitsFor;

    /// <summary>Starts this resource after <paramref name="others"/> are healthy.</summary>
    public void AddWaitFor(params IEnumerable<Resource> others) => waitsFor.AddRange(others.Except(waitsFor));

    /// <summary>Waits for its dependencies, starts, and waits until it is healthy.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(waitsFor.Select(r => r.Healthy)).WaitAsync(cancellationToken);
            await StartAsync(cancellationToken);
            healthy.TrySetResult();
        }
        catch (OperationCanceledException)
        {
            healthy.TrySetCanceled(cancellationToken);
            throw;
        }
        catch (Exception e)
        {
            healthy.TrySetException(e);
            throw;
        }
    }

    /// <summary>Checks, before anything starts, that a port asked for explicitly is free.</summary>
    public virtual void CheckPorts()
    {
    }

    /// <summary>Checks, before anything starts, that what it runs is installed or built.</summary>
    public virtual void Validate()
    {
    }

    /// <summary>Starts the resource and returns once it is healthy.</summary>
    protected abstract Task StartAsync(CancellationToken cancellationToken);

    /// <summary>Stops the resource; does nothing when it is not running.</summary>
    public abstract Task StopAsync();
}
