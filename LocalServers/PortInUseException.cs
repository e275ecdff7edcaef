namespace Ontwikkelagenda.LocalServers;

/// <summary>A port that was asked for explicitly is taken by another program.</summary>
public sealed class PortInUseException(int port, string howToChoose)
    : LocalServerException($"Port {port} is already in use: stop the program using it or {howToChoose}.")
{
    /// <summary>The port that is taken.</summary>
    public int Port { get; } = port;
}
