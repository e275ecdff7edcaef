namespace Ontwikkelagenda.DeadLetters;

/// <summary>The command could not do its work; the message is one Dutch sentence saying why and what to do.</summary>
public sealed class DeadLetterException(string message) : Exception(message);
