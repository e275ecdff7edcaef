namespace Ontwikkelagenda.AppHost;

/// <summary>A resource did not become healthy; <see cref="LastOutput"/> is shown below the message.</summary>
public sealed class ResourceFailedException(string message, IReadOnlyList<string> lastOutput) : Exception(message)
{
    public IReadOnlyList<string> LastOutput { get; } = lastOutput;
}
