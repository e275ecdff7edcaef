using Agenda.Silo.Telemetry;
using MassTransit;

namespace Agenda.Silo.Telemetry;

public static class AgendaTelemetryExtensions
{
    /// <summary>
    /// The silo's own metrics: event outcomes and publication-to-grain time (a consume observer on
    /// the bus, so consumers need no change), the KPI gauges per municipality, and spans for grain calls.
    /// Call after the silo's own Orleans configuration (<c>UseOrleans</c> adds to the same silo).
    /// </summary>
    public static TBuilder AddAgendaTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        // Grain calls get spans and carry the trace on: the consumer's trace reaches into the grains.
        builder.UseOrleans(silo => silo.AddActivityPropagation());
        builder.Services.AddSingleton<AgendaMetrics>();
        builder.Services.AddConsumeObserver<EventFlowObserver>();
        builder.Services.AddSingleton<ThuiszitterKpiGauges>();
        // Instruments exist once created: create them when the host starts.
        builder.Services.AddHostedService<TelemetryActivation>();
        return builder;
    }
}
