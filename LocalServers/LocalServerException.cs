namespace Ontwikkelagenda.LocalServers;

/// <summary>
/// A server could not be started for a reason the user can fix. The message is one sentence
/// saying what to do, fit to print without a stack trace.
/// </summary>
public abstract class LocalServerException(string message, Exception? inner = null) : Exception(message, inner);
