using System.Diagnostics;

namespace Ontwikkelagenda.LocalServers;

/// <summary>
/// A child process whose output lines go to a callback and which stops with a signal first and
/// SIGKILL only after a grace period. It runs in its own session (setsid), so a Ctrl+C in the
/// terminal reaches only the launcher, which then stops its children in order.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private const int KeptLines = 40;

    private readonly Process process;
    private readonly Queue<string> lastLines = new();
    private readonly TaskCompletionSource<int> exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Action<string>? log;
    private readonly TaskCompletionSource stdoutClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource stderrClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChildProcess(Process process, Action<string>? log)
    {
        this.process = process;
        this.log = log;
    }

    /// <summary>The process id (also its process group and session id).</summary>
    public int Id => process.Id;

    /// <summary>Completes with the exit code when the process has exited.</summary>
    public Task<int> Exited => exited.Task;

    /// <summary>True once the process has exited.</summary>
    public bool HasExited => exited.Task.IsCompleted;

    /// <summary>The last output lines, oldest first.</summary>
    public IReadOnlyList<string> LastOutput
    {
        get
        {
            lock (lastLines)
            {
                return [.. lastLines];
            }
        }
    }

    /// <summary>Starts the process; its stdout and stderr lines go to <see cref="ChildProcessOptions.Log"/>.</summary>
    public static ChildProcess Start(ChildProcessOptions options)
    {
        var (file, arguments) = options.RunAs.Wrap(options.FileName, options.Arguments);
        var setsid = ServerBinaries.Find("setsid");
        if (setsid is not null)
        {
            (file, arguments) = (setsid, [file, .. arguments]);
        }

        var startInfo = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = options.WorkingDirectory ?? Environment.CurrentDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in options.Environment)
        {
            startInfo.Environment[name] = value;
        }

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var child = new ChildProcess(process, options.Log);
        process.OutputDataReceived += (_, e) => child.OnLine(e.Data, child.stdoutClosed);
        process.ErrorDataReceived += (_, e) => child.OnLine(e.Data, child.stderrClosed);
        process.Exited += (_, _) => child.exited.TrySetResult(process.ExitCode);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>
    /// Sends <paramref name="signal"/> (SIGTERM unless told otherwise), waits up to
    /// <paramref name="grace"/>, then kills the process and its process group.
    /// </summary>
    public async Task StopAsync(TimeSpan grace, int signal = NativeMethods.SigTerm)
    {
        if (!HasExited)
        {
            NativeMethods.Signal(Id, signal);
            await Task.WhenAny(Exited, Task.Delay(grace));
        }

        if (!HasExited)
        {
            NativeMethods.SignalGroup(Id, NativeMethods.SigKill);
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Exited in the meantime.
            }

            await Task.WhenAny(Exited, Task.Delay(TimeSpan.FromSeconds(5)));
        }

        // Helpers the server left in its process group would otherwise outlive it.
        NativeMethods.SignalGroup(Id, NativeMethods.SigKill);
    }

    /// <summary>Stops the process with SIGTERM and a 5 second grace period.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.FromSeconds(5));
        process.Dispose();
    }

    /// <summary>
    /// Waits until the process has exited and its last output lines were read (the exit is seen
    /// before the pipes are drained), or at most <paramref name="max"/> for the output, since a
    /// helper the process left behind may keep its pipes open.
    /// </summary>
    public async Task<int> WaitForExitAndOutputAsync(TimeSpan max, CancellationToken cancellationToken = default)
    {
        var exitCode = await Exited.WaitAsync(cancellationToken);
        await Task.WhenAny(Task.WhenAll(stdoutClosed.Task, stderrClosed.Task), Task.Delay(max, cancellationToken));
        return exitCode;
    }

    private void OnLine(string? line, TaskCompletionSource closed)
    {
        if (line is null)
        {
            closed.TrySetResult();
            return;
        }

        lock (lastLines)
        {
            lastLines.Enqueue(line);
            if (lastLines.Count > KeptLines)
            {
                lastLines.Dequeue();
            }
        }

        log?.Invoke(line);
    }
}
