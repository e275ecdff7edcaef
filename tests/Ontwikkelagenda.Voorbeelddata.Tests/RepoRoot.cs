namespace Ontwikkelagenda.Voorbeelddata.Tests;

/// <summary>The checkout's root (where Ontwikkelagenda.sln is), so the tests read the versioned data files themselves.</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    public static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "Ontwikkelagenda.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Ontwikkelagenda.sln niet gevonden boven " + AppContext.BaseDirectory);
    }
}
