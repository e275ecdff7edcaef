namespace Ontwikkelagenda.Web.Common.Live;

/// <summary>What the <see cref="Wijzigingsstroom"/> tells an open page.</summary>
public enum LiveSignaal
{
    /// <summary>Figures changed in a service: read again.</summary>
    Gewijzigd,

    /// <summary>The stream of changes broke: the page cannot know what changes, and says so.</summary>
    Verbroken,

    /// <summary>The stream is back: what changed meanwhile is unknown, so read again once.</summary>
    Hersteld,
}
