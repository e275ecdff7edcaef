namespace Ontwikkelagenda.Web.Privacy;

/// <summary>
/// A status as a view without case rights shows it. When a goal's value is withheld, its exact status could
/// narrow the withheld number down (with bounds 0 and 2, "aandacht nodig" next to "&lt;5" means 1 or 2), so
/// the view then shows only what holds for every value the number could have.
/// </summary>
public enum StatusWeergave
{
    OpKoers,
    AandachtNodig,
    Achter,

    /// <summary>The withheld value is off target for certain, but not which of aandacht nodig or achter.</summary>
    NietOpKoers,

    /// <summary>The status would say too much about a withheld value.</summary>
    NietGetoond,
}
