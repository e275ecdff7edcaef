namespace Ontwikkelagenda.AppHost;

/// <summary>One console for all processes: every line is prefixed with its resource name, aligned.</summary>
public sealed class ResourceConsole
{
    private const string Self = "apphost";
    private readonly Lock gate = new();
    private int width = Self.Length;

    /// <summary>Makes room for <paramref name="resourceName"/> in the aligned prefix.</summary>
    public void Register(string resourceName) => width = Math.Max(width, resourceName.Length);

    /// <summary>A line writer for one resource's output.</summary>
    public Action<string> For(string resourceName) => line => Write(resourceName, line, Console.Out);

    /// <summary>A message of AppHost itself.</summary>
    public void Info(string message) => Write(Self, message, Console.Out);

    /// <summary>A failure of AppHost itself, to stderr.</summary>
    public void Error(string message) => Write(Self, message, Console.Error);

    /// <summary>Lines printed as they are, without prefix (the endpoints table).</summary>
    public void Plain(IEnumerable<string> lines)
    {
        lock (gate)
        {
            foreach (var line in lines)
            {
                Console.Out.WriteLine(line);
            }
        }
    }

    private void Write(string resourceName, string line, TextWriter writer)
    {
        lock (gate)
        {
            foreach (var part in line.Split('\n'))
            {
                writer.WriteLine($"{resourceName.PadRight(width)} | {part.TrimEnd('\r')}");
            }
        }
    }
}
