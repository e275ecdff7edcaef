namespace Ontwikkelagenda.LocalServers;

/// <summary>Finds server executables where Debian installs them, also when they are not on PATH.</summary>
internal static class ServerBinaries
{
    /// <summary>The full path of <paramref name="name"/> on PATH or in one of <paramref name="extraDirs"/>, or null.</summary>
    public static string? Find(string name, params string[] extraDirs)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        var dirs = path.Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Concat(extraDirs)
            .Concat(["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"]);
        return dirs.Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);
    }

    private const string PostgresRoot = "/usr/lib/postgresql";

    /// <summary>The bin folder of PostgreSQL <paramref name="major"/> as Debian installs it (it may not exist).</summary>
    public static string PostgresBinDir(int major) => Path.Combine(PostgresRoot, major.ToString(System.Globalization.CultureInfo.InvariantCulture), "bin");

    /// <summary>The bin folder of the newest PostgreSQL Debian installs side by side under /usr/lib/postgresql.</summary>
    public static string[] PostgresBinDirs()
    {
        const string root = PostgresRoot;
        if (!Directory.Exists(root))
        {
            return [];
        }

        return Directory.GetDirectories(root)
            .Select(dir => (dir, version: int.TryParse(Path.GetFileName(dir), out var v) ? v : 0))
            .OrderByDescending(x => x.version)
            .Select(x => Path.Combine(x.dir, "bin"))
            .ToArray();
    }
}
