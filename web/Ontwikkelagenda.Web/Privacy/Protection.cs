namespace Ontwikkelagenda.Web.Privacy;

/// <summary>Why a figure is shown or withheld on a view for people without case rights.</summary>
public enum Protection
{
    /// <summary>Shown as it is.</summary>
    None,

    /// <summary>A count of 1 to 4, shown as "&lt;5".</summary>
    SmallNumber,

    /// <summary>A total withheld because, next to the figures shown, it would reveal a small count.</summary>
    Secondary,

    /// <summary>A rate withheld because its count is withheld and its denominator is public.</summary>
    RevealsCount,

    /// <summary>A percentage withheld because it may rest on fewer than 5 cases.</summary>
    SmallBase,
}
