using System.Text.Json;
using Dapper;
using Npgsql;
using Ontwikkelagenda.Agenda.Silo.Referentie;

namespace Ontwikkelagenda.Agenda.Silo.Database;

/// <summary>
/// Loads the reference data file into PostgreSQL when its version is not there yet, so history
/// queries can join on it. Replaces the previous version's rows in the same transaction.
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
            "delete from agenda.scholen; delete from agenda.samenwerkingsverbanden; delete from agenda.gemeenten;",
            transaction: transaction);
        await connection.ExecuteAsync(
            "insert into agenda.gemeenten (code, naam, jongeren_5_tot_18, schooljaar) values (@Code, @Naam, @Jongeren5Tot18, @Schooljaar)",
            referentiedata.Gemeenten, transaction);
        await connection.ExecuteAsync(
            "insert into agenda.samenwerkingsverbanden (code, naam, sector) values (@Code, @Naam, @Sector)",
            referentiedata.Samenwerkingsverbanden, transaction);
        await connection.ExecuteAsync(
            "insert into agenda.scholen (brin, naam, soort, gemeente, swv, leerlingen) values (@Brin, @Naam, @Soort, @Gemeente, @Swv, @Leerlingen)",
            referentiedata.Scholen.Select(s => new { s.Brin, s.Naam, Soort = JsonSerializer.Serialize(s.Soort).Trim('"'), s.Gemeente, s.Swv, s.Leerlingen }),
            transaction);
        await connection.ExecuteAsync(
            "insert into agenda.referentiedata_versies (versie, schooljaar, geladen_op) values (@versie, @schooljaar, @nu)",
            new { versie = referentiedata.Versie, schooljaar = referentiedata.Schooljaar, nu = time.GetUtcNow() }, transaction);

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Referentiedata versie {Versie} geladen: {Scholen} scholen", referentiedata.Versie, referentiedata.Scholen.Count);
    }
}
