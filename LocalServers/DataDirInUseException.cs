namespace Ontwikkelagenda.LocalServers;

/// <summary>Another running launcher (AppHost or a test run) serves the same data dir.</summary>
public sealed class DataDirInUseException(string dataDir, int ownerPid)
    : LocalServerException(
        $"Another process (pid {ownerPid}) is running the servers of {dataDir}: stop it first, or start with another --data-dir.");
