namespace Ontwikkelagenda.Web.Privacy;

/// <summary>
/// A figure as a view without case rights may show it. A withheld figure carries no number at all,
/// so it cannot leak into markup, tooltips or logs.
/// </summary>
public readonly record struct ProtectedValue(decimal? Value, Protection Protection)
{
    public bool IsShown => Protection == Protection.None;

    public static ProtectedValue Shown(decimal? value) => new(value, Protection.None);

    public static ProtectedValue Withheld(Protection reason) => new(null, reason);
}
