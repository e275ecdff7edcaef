using System.Text.Json;

namespace Ontwikkelagenda.LocalServers;

/// <summary>What a backup file holds: <c>manifest.json</c> beside one pg_dump file per database, dumped in the order listed.</summary>
/// <param name="Format">The file format, <see cref="CurrentFormat"/>.</param>
/// <param name="CreatedAt">When the first dump started (UTC).</param>
/// <param name="PostgresVersion">The server's version (<c>server_version</c>).</param>
/// <param name="PgDump">The <c>pg_dump --version</c> that wrote the dumps.</param>
/// <param name="Databases">The databases, in the order they were dumped (each a snapshot of its own).</param>
public sealed record BackupManifest(string Format, DateTimeOffset CreatedAt, string PostgresVersion, string PgDump, IReadOnlyList<string> Databases)
{
    /// <summary>The format this code writes and reads.</summary>
    public const string CurrentFormat = "ontwikkelagenda-backup/1";

    /// <summary>The manifest's name in the file.</summary>
    public const string EntryName = "manifest.json";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The name of <paramref name="database"/>'s dump in the file.</summary>
    public static string DumpEntryName(string database) => $"{database}.dump";
}
