using System.Runtime.InteropServices;

namespace Ontwikkelagenda.AppHost;

/// <summary>Turns Ctrl+C and SIGTERM into a cancellation, so AppHost can stop its children in order.</summary>
public sealed class ShutdownSignal : IDisposable
{
    private readonly CancellationTokenSource source = new();
    private readonly PosixSignalRegistration[] registrations;

    public ShutdownSignal()
    {
        registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal),
        ];
    }

    public CancellationToken Token => source.Token;

    public void Dispose()
    {
        foreach (var registration in registrations)
        {
            registration.Dispose();
        }

        source.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true; // we stop ourselves, after the children
        source.Cancel();
    }
}
