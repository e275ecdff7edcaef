using System.Text.Json;

namespace Ontwikkelagenda.AppHost;

/// <summary>The running resources' URLs as a JSON object (resource name → URL), for tests and tools.</summary>
public sealed class EndpointsFile(string path)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public string Path { get; } = path;

    public void Write(IEnumerable<(string Name, string Url)> endpoints)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var json = JsonSerializer.Serialize(endpoints.ToDictionary(e => e.Name, e => e.Url), Indented);
        File.WriteAllText(Path, json + "\n");
    }

    public void Remove() => File.Delete(Path);
}
