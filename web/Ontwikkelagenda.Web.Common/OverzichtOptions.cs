namespace Ontwikkelagenda.Web.Common;

/// <summary>How the overview pages stay live.</summary>
public sealed class OverzichtOptions
{
    public const string SectionName = "Overzicht";

    /// <summary>How often an open page fetches its figures again; a new event must show within 5 seconds.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(2);
}
