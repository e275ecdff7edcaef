using System.Diagnostics;

namespace Ontwikkelagenda.LocalServers;

/// <summary>
/// Who a server runs as. As root, PostgreSQL and RabbitMQ refuse to run as root, so they run as
/// their Debian system user (setpriv, which execs, so signals reach the server itself); as a
/// normal user they run as that user.
/// </summary>
public sealed class RunAs
{
    private RunAs(string? systemUser) => SystemUser = systemUser;

    /// <summary>The system user switched to, or null when the server runs as the current user.</summary>
    public string? SystemUser { get; }

    /// <summary>The server's system user when running as root, else the current user.</summary>
    public static RunAs ServerUser(string systemUser) => new(NativeMethods.IsRoot ? systemUser : null);

    /// <summary>True when this process runs as root.</summary>
    public static bool IsRoot => NativeMethods.IsRoot;

    /// <summary>The current user.</summary>
    public static RunAs CurrentUser { get; } = new(null);

    /// <summary>The command line that runs <paramref name="file"/> as this user.</summary>
    public (string File, IReadOnlyList<string> Arguments) Wrap(string file, IReadOnlyList<string> arguments)
    {
        if (SystemUser is null)
        {
            return (file, arguments);
        }

        var setpriv = ServerBinaries.Find("setpriv") ?? "setpriv";
        return (setpriv, [$"--reuid={SystemUser}", $"--regid={SystemUser}", "--init-groups", "--", file, .. arguments]);
    }

    /// <summary>Creates <paramref name="dir"/> and hands it to this user; checks the user can reach it.</summary>
    public async Task PrepareDirAsync(string dir, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(dir);
        if (SystemUser is null)
        {
            return;
        }

        ThrowIfUnreachable(dir);
        using var chown = Process.Start(new ProcessStartInfo("chown", ["-R", $"{SystemUser}:{SystemUser}", dir])
        {
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("chown could not be started.");
        var error = await chown.StandardError.ReadToEndAsync(cancellationToken);
        await chown.WaitForExitAsync(cancellationToken);
        if (chown.ExitCode != 0)
        {
            throw new InvalidOperationException($"chown of {dir} to {SystemUser} failed: {error.Trim()}");
        }
    }

    /// <summary>Throws <see cref="DataDirUnreachableException"/> when this user cannot enter every folder above <paramref name="dir"/>.</summary>
    public void ThrowIfUnreachable(string dir)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        for (var parent = Path.GetDirectoryName(Path.GetFullPath(dir)); parent is not null; parent = Path.GetDirectoryName(parent))
        {
            if (!File.GetUnixFileMode(parent).HasFlag(UnixFileMode.OtherExecute))
            {
                throw new DataDirUnreachableException(SystemUser!, dir, parent);
            }
        }
    }
}
