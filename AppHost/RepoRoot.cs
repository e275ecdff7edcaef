namespace Ontwikkelagenda.AppHost;

/// <summary>The checkout AppHost belongs to: the nearest folder above its binaries holding Ontwikkelagenda.sln.</summary>
public static class RepoRoot
{
    public const string SolutionFile = "Ontwikkelagenda.sln";

    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        throw new AppHostException($"No {SolutionFile} found above {AppContext.BaseDirectory}: run AppHost from its checkout (./run.sh).");
    }
}
