namespace Agenda.Silo.Database;

/// <summary>
/// Brings the schema up to date and loads the reference data before the silo and the bus start
/// (it is registered before them, and hosted services start in order): no grain or consumer
/// ever sees a missing table.
/// </summary>
public sealed class AgendaDatabaseInitializer(SchemaMigrator migrator, ReferentiedataSeeder seeder) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await migrator.Migrate(cancellationToken);
        await seeder.Seed(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
