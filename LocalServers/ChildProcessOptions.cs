namespace Ontwikkelagenda.LocalServers;

/// <summary>What <see cref="ChildProcess.Start"/> runs.</summary>
public sealed class ChildProcessOptions
{
    /// <summary>The executable.</summary>
    public required string FileName { get; init; }

    /// <summary>Its arguments, passed as they are (no shell).</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>Working directory; the current one when null.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Variables added to (or replacing) the inherited environment.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Who the process runs as.</summary>
    public RunAs RunAs { get; init; } = RunAs.CurrentUser;

    /// <summary>Receives every stdout and stderr line.</summary>
    public Action<string>? Log { get; init; }
}
