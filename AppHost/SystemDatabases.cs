namespace Ontwikkelagenda.AppHost;

/// <summary>The PostgreSQL server resource and its databases, named once for the model, the backup and the restore.</summary>
public static class SystemDatabases
{
    public const string Server = "postgres";

    /// <summary>The silos' event store (and reference tables).</summary>
    public const string EventStore = "agendadb";

    public const string Leerplicht = "leerplichtdb";
    public const string Inkoop = "inkoopdb";
    public const string Ondersteuning = "ondersteuningdb";

    /// <summary>Identity.Api's accounts and OpenID Connect clients (not in the backup yet: services/Identity.Api/README.md).</summary>
    public const string Identity = "identitydb";

    /// <summary>
    /// The event store first: each dump is a snapshot of its own, and every event in the event store came from a
    /// melding an intake stored before publishing it, so intake databases dumped later hold the melding of every
    /// event in the event store's dump (deploy/README.md, "Backup and restore").
    /// </summary>
    public static IReadOnlyList<string> InBackupOrder { get; } = [EventStore, Leerplicht, Inkoop, Ondersteuning];
}
