namespace Ontwikkelagenda.LocalServers;

/// <summary>
/// A server process exited or did not become healthy in time. The message is one sentence
/// followed by the process' last output lines, since a test fixture may not log the output.
/// </summary>
public sealed class ServerStartException(string sentence, IReadOnlyList<string> lastOutput, Exception? inner = null)
    : LocalServerException(WithOutput(sentence, lastOutput), inner)
{
    private const int ShownLines = 15;

    /// <summary>The last output lines of the process, oldest first.</summary>
    public IReadOnlyList<string> LastOutput { get; } = lastOutput;

    private static string WithOutput(string sentence, IReadOnlyList<string> lastOutput) =>
        lastOutput.Count == 0
            ? sentence
            : $"{sentence} Its last output lines:{Environment.NewLine}" +
              string.Join(Environment.NewLine, lastOutput.TakeLast(ShownLines).Select(line => "    " + line));
}
