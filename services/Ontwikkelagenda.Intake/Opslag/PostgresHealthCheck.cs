using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Ontwikkelagenda.Intake.Opslag;

/// <summary>Ready only while the intake can reach its database: without it nothing can be accepted.</summary>
public sealed class PostgresHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "PostgreSQL niet bereikbaar", exception);
        }
    }
}
