namespace Ontwikkelagenda.LocalServers;

/// <summary>The Debian package that provides a server is not installed.</summary>
public sealed class ServerMissingException(string server, string binaries, string debianPackage)
    : LocalServerException(
        $"{server} is not installed ({binaries} not found): run ./run.sh, which installs it, or apt-get install {debianPackage}.");
