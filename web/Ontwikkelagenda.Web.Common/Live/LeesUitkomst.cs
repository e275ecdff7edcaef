namespace Ontwikkelagenda.Web.Common.Live;

/// <summary>What one read of a <see cref="LiveComponent"/> came to: what it changes of "bijgewerkt" and "onbereikbaar".</summary>
public enum LeesUitkomst
{
    /// <summary>The data on screen is new: bijgewerkt now, reachable.</summary>
    Gelezen,

    /// <summary>The service answered but has nothing to show (not found, a refused field): reachable, not bijgewerkt.</summary>
    Geweigerd,

    /// <summary>The service answered that it cannot answer now: the page says so and keeps what it shows.</summary>
    Onbereikbaar,

    /// <summary>Nothing to read yet, or the answer is of an earlier choice (a newer read wins): nothing changes.</summary>
    Overgeslagen,
}
