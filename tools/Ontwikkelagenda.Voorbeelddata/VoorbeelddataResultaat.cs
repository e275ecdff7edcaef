namespace Ontwikkelagenda.Voorbeelddata;

/// <summary>How many meldingen were accepted, and the ids bound to each <c>als</c> name.</summary>
public sealed record VoorbeelddataResultaat(int Verstuurd, IReadOnlyDictionary<string, string> Ids);
