namespace Ontwikkelagenda.Voorbeelddata;

/// <summary>Loading stopped; the message is one Dutch sentence naming the melding and the problem.</summary>
public sealed class VoorbeelddataException(string message) : Exception(message);
