using System.Text;

namespace Ontwikkelagenda.AppHost;

/// <summary>A TextWriter whose lines go to AppHost's own console prefix, for libraries that report progress on a TextWriter.</summary>
public sealed class ConsoleLineWriter(ResourceConsole console) : TextWriter
{
    private readonly StringBuilder line = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        if (value == '\n')
        {
            console.Info(line.ToString().TrimEnd('\r'));
            line.Clear();
        }
        else
        {
            line.Append(value);
        }
    }
}
