namespace Ontwikkelagenda.EndToEndTests;

/// <summary>Where the checkout and the test artifacts are.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The build configuration these tests were built with.</summary>
    public static string Configuration { get; } =
        // bin/<Configuration>/net10.0/: the base directory ends in a separator, so trim it first.
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static string SpectralCli => Path.Combine(Root, "tools", "node_modules", ".bin", "spectral");

    public static string AdrRuleset => Path.GetFullPath(Path.Combine(Root, "..", "shared", "adr", "linter.yaml"));

    /// <summary>Screenshots and logs kept after the run (TestResults/artifacts in the checkout).</summary>
    public static string Artifacts
    {
        get
        {
            var dir = Path.Combine(Root, "TestResults", "artifacts");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ontwikkelagenda.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Ontwikkelagenda.sln not found above " + AppContext.BaseDirectory);
    }
}
