using System.Diagnostics;

namespace Ontwikkelagenda.FaultTests;

/// <summary>
/// A network partition on loopback with nftables (installed by scripts/install-prerequisites.sh): a table of its own,
/// so removing it restores exactly what was there. Needs root, or sudo without a password as ./test.sh has.
/// </summary>
public static class Firewall
{
    private const string Tabel = "ontwikkelagenda_storingstest";

    /// <param name="poorten">Comma-separated TCP ports whose traffic is dropped both ways.</param>
    public static async Task Zet(string poorten)
    {
        await Verwijder();
        await Nft($"add table inet {Tabel}");
        await Nft($"add chain inet {Tabel} input {{ type filter hook input priority -10; policy accept; }}");
        await Nft($"add rule inet {Tabel} input tcp dport {{ {poorten} }} drop");
        await Nft($"add rule inet {Tabel} input tcp sport {{ {poorten} }} drop");
    }

    public static async Task Verwijder()
    {
        if (await Nft($"list table inet {Tabel}", mayFail: true)) await Nft($"delete table inet {Tabel}");
    }

    private static async Task<bool> Nft(string arguments, bool mayFail = false)
    {
        var root = Environment.UserName == "root";
        using var process = Process.Start(new ProcessStartInfo(root ? "nft" : "sudo", root ? arguments : $"-n nft {arguments}")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode == 0 || mayFail) return process.ExitCode == 0;
        throw new InvalidOperationException($"nft {arguments} failed: {error.Trim()}");
    }
}
