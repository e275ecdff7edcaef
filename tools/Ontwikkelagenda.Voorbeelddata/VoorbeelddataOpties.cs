namespace Ontwikkelagenda.Voorbeelddata;

/// <summary>
/// How patient the loader is with 503 (the service has not yet had the broker confirm the event), and how
/// often it reports progress.
/// </summary>
public sealed record VoorbeelddataOpties
{
    public int PogingenBijBezet { get; init; } = 6;
    public TimeSpan WachtBijBezet { get; init; } = TimeSpan.FromSeconds(1);
    public int VoortgangPer { get; init; } = 25;
}
