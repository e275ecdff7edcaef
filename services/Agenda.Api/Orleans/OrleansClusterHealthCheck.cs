using Microsoft.Extensions.Diagnostics.HealthChecks;
using Agenda.Contracts.Grains;

namespace Agenda.Api.Orleans;

/// <summary>Ready when a grain call reaches the cluster: every answer of this API comes from the grains.</summary>
public sealed class OrleansClusterHealthCheck(IClusterClient client) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await client.GetGrain<IRegisterGrain>(0).GetSamenwerkingsverbanden().WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "Orleans-cluster niet bereikbaar", exception);
        }
    }
}
