namespace Ontwikkelagenda.Agenda.Silo.Database;

/// <summary>
/// Keys for <c>pg_advisory_xact_lock</c>: two silos start at the same moment, and only one may
/// migrate or seed at a time; the other waits and then finds the work done.
/// </summary>
public static class AdvisoryLocks
{
    public const long Schema = 2201_0001;
    public const long Referentiedata = 2201_0002;
}
