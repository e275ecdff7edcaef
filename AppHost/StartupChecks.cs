using Ontwikkelagenda.LocalServers;

namespace Ontwikkelagenda.AppHost;

/// <summary>Fails before anything starts, in one sentence, when the web port asked for is taken.</summary>
public static class StartupChecks
{
    public static void ThrowIfWebPortTaken(AppHostOptions options)
    {
        if (options.WebPort != 0 && !FreePort.IsFree(options.WebPort))
        {
            throw new PortInUseException(options.WebPort, "start with --web-port <port>");
        }
    }
}
