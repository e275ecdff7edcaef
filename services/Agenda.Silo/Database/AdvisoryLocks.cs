namespace Agenda.Silo.Database;

/// <summary>
/// Keys for <c>pg_advisory_xact_lock</c>: two silos start at the same moment, and only one may
/// migrate or seed at a time; the other waits and then finds the work done.
/// </summary>
public static class AdvisoryLocks
{
    public const long Schema = 2201_0001;
    public const long Referentiedata = 2201_0002;

    /// <summary>
    /// The first key of the two-key form, one lock per entity (second key: its hash), so two events of one
    /// entity are stored one after the other and each sees the other's scopes. The two-key form never meets the keys above.
    /// </summary>
    public const int Entiteit = 2201;
}
