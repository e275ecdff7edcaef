using System.Text.Json;
using Dapper;
using Npgsql;
using Agenda.Domein.Referentie;

namespace Agenda.Silo.Database;

/// <summary>
/// Loads the reference data file into PostgreSQL when its version is not there yet, so history
/// queries can join on it: the register and its counts per school year (<c>agenda.tellingen</c>).
/// Replaces the previous version's rows in the same transaction.
/// </summary>
public sealed class ReferentiedataSeeder(NpgsqlDataSource dataSource, Referentiedata referentiedata, TimeProvider time, ILogger<ReferentiedataSeeder> logger)
{
    public async Task Seed(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync("select pg_advisory_xact_lock(@key)", new { key = AdvisoryLocks.Referentiedata }, transaction);

        var loaded = await connection.ExecuteScalarAsync<bool>(
            "select exists (select 1 from agenda.referentiedata_versies where versie = @versie)",
            new { versie = referentiedata.Versie }, transaction);
        if (loaded) return;

        await connection.ExecuteAsync(
            "delete from agenda.tellingen; delete from agenda.scholen; delete from agenda.samenwerkingsverbanden; delete from agenda.gemeenten;",
            transaction: transaction);
        await connection.ExecuteAsync("insert into agenda.gemeenten (code, naam) values (@Code, @Naam)", referentiedata.Gemeenten, transaction);
        await connection.ExecuteAsync(
            "insert into agenda.samenwerkingsverbanden (code, naam, sector) values (@Code, @Naam, @Sector)",
            referentiedata.Samenwerkingsverbanden, transaction);
        await connection.ExecuteAsync(
            "insert into agenda.scholen (brin, naam, soort, gemeente, swv) values (@Brin, @Naam, @Soort, @Gemeente, @Swv)",
            referentiedata.Scholen.Select(s => new { s.Brin, s.Naam, Soort = JsonSerializer.Serialize(s.Soort).Trim('"'), s.Gemeente, s.Swv }),
            transaction);
        await connection.ExecuteAsync(
            "insert into agenda.tellingen (schooljaar, soort, sleutel, aantal, bron) values (@Schooljaar, @Soort, @Sleutel, @Aantal, @Bron)",
            TellingRegels(referentiedata), transaction);
        await connection.ExecuteAsync(
            "insert into agenda.referentiedata_versies (versie, geladen_op) values (@versie, @nu)",
            new { versie = referentiedata.Versie, nu = time.GetUtcNow() }, transaction);

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Referentiedata versie {Versie} geladen: {Scholen} scholen, tellingen van {Schooljaren} schooljaren",
            referentiedata.Versie, referentiedata.Scholen.Count, referentiedata.Tellingen.Count);
    }

    /// <summary>One row per counted municipality or school per school year; a municipality's own source where it differs.</summary>
    private static IEnumerable<object> TellingRegels(Referentiedata referentiedata) =>
        referentiedata.Tellingen.SelectMany(t =>
            t.Jongeren5Tot18.Select(j => new { t.Schooljaar, Soort = "jongeren-5-tot-18", Sleutel = j.Key, Aantal = j.Value, Bron = t.Bronnen?.GetValueOrDefault(j.Key) ?? t.Bron })
            .Concat(t.Leerlingen.Select(l => new { t.Schooljaar, Soort = "leerlingen", Sleutel = l.Key, Aantal = l.Value, Bron = t.Bron })));
}
