namespace Agenda.Api.Client;

/// <summary>
/// One event of GET /v1/wijzigingen: the scopes whose figures changed (<c>gemeente:GM1730</c>, <c>swv:PO2201</c>,
/// <c>school:04XX</c>, <c>regio:22.01</c>). An empty list means "anything may have changed": read again.
/// </summary>
public sealed record Wijzigingen(IReadOnlyList<string> Scopes)
{
    /// <summary>The SSE event type of a change.</summary>
    public const string Soort = "wijzigingen";

    /// <summary>The SSE event type of the heartbeat sent while nothing changes, so a dead connection shows.</summary>
    public const string Hartslag = "hartslag";

    /// <summary>Anything may have changed (the stream was interrupted somewhere): read everything again.</summary>
    public static Wijzigingen Alles { get; } = new([]);
}
