using MassTransit;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ontwikkelagenda.Intake.Publicatie;

/// <summary>
/// Ready only while the bus is connected: without it every melding would be answered 503.
/// MassTransit's own check calls a lost connection "degraded", which a readiness probe would pass.
/// </summary>
public sealed class BusHealthCheck(IBusControl bus) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var health = bus.CheckHealth();
        return Task.FromResult(health.Status == BusHealthStatus.Healthy
            ? HealthCheckResult.Healthy(health.Description)
            : new HealthCheckResult(context.Registration.FailureStatus, $"Berichtenbus: {health.Status} ({health.Description})", health.Exception));
    }
}
