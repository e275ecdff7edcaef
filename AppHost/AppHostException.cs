namespace Ontwikkelagenda.AppHost;

/// <summary>A failure the user can fix; its message is one sentence printed without a stack trace.</summary>
public sealed class AppHostException(string message) : Exception(message);
