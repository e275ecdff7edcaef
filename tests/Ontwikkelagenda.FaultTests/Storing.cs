namespace Ontwikkelagenda.FaultTests;

/// <summary>One fault: <see cref="Breek"/> injects it while the load runs, <see cref="Herstel"/> ends it and waits until the part is healthy.</summary>
public sealed record Storing(string Naam, Func<Task> Breek, Func<Task> Herstel);
