namespace Ontwikkelagenda.LocalServers;

/// <summary>As root, a server runs as its system user, which cannot enter a folder such as /root.</summary>
public sealed class DataDirUnreachableException(string user, string dataDir, string blockingFolder)
    : LocalServerException(
        $"The {user} user cannot reach {dataDir} because {blockingFolder} is closed to other users: use a data dir outside it, for example under /var/lib/ontwikkelagenda or /tmp.");
