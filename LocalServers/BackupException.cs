namespace Ontwikkelagenda.LocalServers;

/// <summary>A backup could not be written or restored for a reason the operator can fix; the message is one sentence.</summary>
public sealed class BackupException(string message, Exception? inner = null) : LocalServerException(message, inner);
