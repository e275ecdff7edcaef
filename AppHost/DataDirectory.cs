using Ontwikkelagenda.LocalServers;

namespace Ontwikkelagenda.AppHost;

/// <summary>The servers' data folder: wiped with --reset, and passable for the servers' system users when AppHost runs as root.</summary>
public static class DataDirectory
{
    private const string RootDataParent = "/var/lib/ontwikkelagenda";

    public static void Prepare(AppHostOptions options)
    {
        if (options.Reset && Directory.Exists(options.DataDir))
        {
            Console.WriteLine($"--reset: removing {options.DataDir}");
            Directory.Delete(options.DataDir, recursive: true);
        }

        Directory.CreateDirectory(options.DataDir);
        if (RunAs.IsRoot && !OperatingSystem.IsWindows())
        {
            // The postgres and rabbitmq users must be able to pass through to their own folders.
            for (var dir = options.DataDir; dir != "/" && dir.StartsWith(RootDataParent, StringComparison.Ordinal); dir = Path.GetDirectoryName(dir)!)
            {
                File.SetUnixFileMode(dir, File.GetUnixFileMode(dir) | UnixFileMode.OtherExecute | UnixFileMode.GroupExecute);
            }

            // Said here in one sentence, rather than as a server that fails to start.
            PostgresServer.User.ThrowIfUnreachable(options.ServerDir("postgres"));
            RabbitMqServer.User.ThrowIfUnreachable(options.ServerDir("rabbitmq"));
        }
    }
}
