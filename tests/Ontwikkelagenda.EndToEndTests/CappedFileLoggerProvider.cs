using Microsoft.Extensions.Logging;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>Writes log lines to a file, at most 20 MB of them: enough to read a failure, never enough to fill the disk.</summary>
public sealed class CappedFileLoggerProvider(string path) : ILoggerProvider
{
    private const long MaxBytes = 20_000_000;
    private readonly StreamWriter writer = new(path, append: true) { AutoFlush = true };
    private long written;

    public ILogger CreateLogger(string categoryName) => new FileLogger(this, categoryName);

    public void Dispose()
    {
        lock (writer) writer.Dispose();
    }

    private void Write(string line)
    {
        lock (writer)
        {
            if (written > MaxBytes) return;
            written += line.Length + 1;
            try { writer.WriteLine(line); }
            catch (ObjectDisposedException) { /* a line after the run ended */ }
        }
    }

    private sealed class FileLogger(CappedFileLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            provider.Write($"{DateTime.UtcNow:HH:mm:ss.fff} {category} {logLevel}: {formatter(state, exception)}{(exception is null ? "" : " " + exception)}");
        }
    }
}
